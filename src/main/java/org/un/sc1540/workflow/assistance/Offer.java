package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * An offer of assistance: standing (valid from one day to another, or open-ended) or an answer to a
 * circulated request ({@code requestId}).
 */
public record Offer(long id, long providerId, List<AssistanceArea> areas, String description, LocalDate validFrom,
    LocalDate validTo, Long requestId, LocalDate receivedOn, LocalDate consideredOn) {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}

package org.un.sc1540.workflow.registry;

import java.time.LocalDate;

/** A Permanent Mission address or a national point of contact, valid from one date to another. */
public record Contact(long id, String stateCode, ContactRole role, String name, String organization,
    String email, LocalDate validFrom, LocalDate validTo, boolean demo) {

  public boolean isCurrentOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }
}

package org.un.sc1540.workflow.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request for assistance as the register holds it. */
public record AssistanceRequest(long id, String businessKey, String stateCode, int year, int number, LocalDate receivedOn,
    List<AssistanceArea> areas, String description, boolean usesTemplate, boolean confidential, String stateReference,
    Consent consent, LocalDate consentOn, String consentRecordedBy, RequestStatus status, String processInstanceId,
    LocalDate reviewedOn, String reviewedBy, String reviewNotes, LocalDate circulatedOn, String circulatedBy,
    LocalDate offersDueOn, LocalDate escalateOn, LocalDate matchedOn, String matchedBy, Long matchedOfferId,
    Long matchedProviderId, String matchNotes, int followUpsSent, LocalDate lastFollowUpOn, LocalDate deliveredOn,
    String deliverySummary, String deliveryRecordedBy, LocalDate feedbackRequestedOn, LocalDate feedbackDueOn,
    LocalDate closedOn, String closedBy, Outcome outcome, String outcomeNotes, Instant createdAt, String createdBy) {

  public boolean open() {
    return status != RequestStatus.CLOSED;
  }

  public boolean matched() {
    return matchedOn != null;
  }
}

package org.un.sc1540.workflow.assistance;

/** Where a request stands; written by the service method that records each step. */
public enum RequestStatus {
  REGISTERED, CLARIFICATION, AWAITING_CONSENT, MATCHING, CIRCULATED, MATCHED, DELIVERED, CLOSED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

package org.un.sc1540.workflow.review;

import java.time.Instant;
import java.time.LocalDate;

/** A year's comprehensive review as its table holds it. */
record Review(int reviewYear, String processInstanceId, LocalDate reportDueDate, boolean precedesMandateRenewal,
    String stateCodes, int scheduleVersion, Status status, String startedBy, Instant startedAt, Instant endedAt,
    String postponementReference) {

  enum Status { RUNNING, COMPLETED, CANCELLED }
}

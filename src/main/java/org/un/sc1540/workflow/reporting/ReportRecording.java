package org.un.sc1540.workflow.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.un.sc1540.workflow.registry.SubmissionKind;

/**
 * One act of recording a State's submission: what was received, how it came in, who recorded it,
 * and what it did (the registry's first-report date afterwards, the reminder cycle it ended).
 *
 * @param firstReportOn for a first report, the date the registry holds afterwards (an earlier one is kept)
 * @param alreadyRecorded for a first report, whether the registry held one before
 * @param cycleProcessInstanceId the reminder cycle the report ended, or null
 * @param processInstanceId the Tasklist or message process that recorded it, or null
 * @param recordedBy the Camunda user; null for the application itself
 */
public record ReportRecording(long id, String stateCode, SubmissionKind kind, LocalDate receivedOn, String reference,
    Channel recordedThrough, LocalDate firstReportOn, boolean alreadyRecorded, String cycleProcessInstanceId,
    String processInstanceId, String recordedBy, Instant recordedAt) {

  /** How a submission reached the Committee's records. */
  public enum Channel {
    /** A Tasklist start form ("Record national report", "Record additional information"). */
    TASKLIST,
    /** The message NationalReportReceived, over the engine REST API. */
    MESSAGE,
    /** {@code POST /api/reporting/reports}. */
    API,
    /** The first-reports file, {@code POST /api/reporting/first-reports}. */
    FILE
  }

  public boolean endedACycle() {
    return cycleProcessInstanceId != null;
  }

  ReportRecording withCycle(String cycle) {
    return new ReportRecording(id, stateCode, kind, receivedOn, reference, recordedThrough, firstReportOn,
        alreadyRecorded, cycle, processInstanceId, recordedBy, recordedAt);
  }
}

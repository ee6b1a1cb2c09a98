package org.un.sc1540.workflow.reporting;

/**
 * Ids and variable names of RecordNationalReportProcess: a first report recorded from Tasklist, or
 * arriving as the message {@code NationalReportReceived} for a State with no reminder cycle waiting.
 */
public final class RecordNationalReportProcess {

  public static final String KEY = "RecordNationalReportProcess";

  public static final String START_FROM_TASKLIST = "StartEvent_ReportReceived";
  public static final String START_BY_MESSAGE = "StartEvent_ReportMessageReceived";
  public static final String TASK_RECORD_REPORT = "Task_RecordNationalReport";
  public static final String TASK_RECORD_REPORTED_MESSAGE = "Task_RecordReportMessage";
  public static final String TASK_READ_OUTCOME = "Task_ReadOutcome";
  public static final String GATEWAY_CYCLE_RUNNING = "Gateway_CycleWasRunning";
  public static final String END_CYCLE_ENDED = "EndEvent_CycleEnded";
  public static final String END_NO_CYCLE = "EndEvent_RegistryOnly";

  // The start form's fields and the message's variables.
  public static final String STATE_CODE = FirstReportReminderProcess.STATE_CODE;
  public static final String REPORT_RECEIVED_ON = FirstReportReminderProcess.REPORT_RECEIVED_ON;
  public static final String REPORT_REFERENCE = FirstReportReminderProcess.REPORT_REFERENCE;
  /** Input parameter of the recording tasks: how the report came in (TASKLIST, MESSAGE). */
  public static final String RECORDED_THROUGH = "recordedThrough";
  /** The gateway's flag: the report ended a running reminder cycle. */
  public static final String CYCLE_ENDED = "cycleEnded";
  // Shown on "Read the outcome".
  public static final String OUTCOME_TITLE = "outcomeTitle";
  public static final String OUTCOME = "outcome";

  private RecordNationalReportProcess() {}
}

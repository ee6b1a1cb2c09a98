package org.un.sc1540.workflow.reporting;

/** Ids and variable names of RecordNationalReportProcess: a first report recorded from Tasklist. */
public final class RecordNationalReportProcess {

  public static final String KEY = "RecordNationalReportProcess";

  public static final String TASK_RECORD_REPORT = "Task_RecordNationalReport";
  public static final String GATEWAY_CYCLE_RUNNING = "Gateway_CycleWasRunning";
  public static final String END_CYCLE_ENDED = "EndEvent_CycleEnded";
  public static final String END_NO_CYCLE = "EndEvent_RegistryOnly";

  // Variables (the start form's fields)
  public static final String STATE_CODE = FirstReportReminderProcess.STATE_CODE;
  public static final String REPORT_RECEIVED_ON = FirstReportReminderProcess.REPORT_RECEIVED_ON;
  public static final String REPORT_REFERENCE = FirstReportReminderProcess.REPORT_REFERENCE;
  // Results
  public static final String CYCLE_ENDED = "cycleEnded";
  public static final String RECORDING_RESULT = "recordingResult";

  private RecordNationalReportProcess() {}
}

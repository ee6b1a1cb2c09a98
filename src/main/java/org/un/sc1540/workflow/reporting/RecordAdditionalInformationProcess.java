package org.un.sc1540.workflow.reporting;

/** Ids and variable names of RecordAdditionalInformationProcess: additional information from a State (2663 §7). */
public final class RecordAdditionalInformationProcess {

  public static final String KEY = "RecordAdditionalInformationProcess";

  public static final String START_FROM_TASKLIST = "StartEvent_InformationReceived";
  public static final String TASK_RECORD = "Task_RecordAdditionalInformation";
  public static final String TASK_READ_OUTCOME = "Task_ReadOutcome";
  public static final String END_RECORDED = "EndEvent_InformationRecorded";

  // The start form's fields.
  public static final String STATE_CODE = FirstReportReminderProcess.STATE_CODE;
  public static final String RECEIVED_ON = "informationReceivedOn";
  public static final String REFERENCE = "informationReference";
  /** What changed since the State's last report or information (programme of work para. 8 (b)). */
  public static final String WHAT_CHANGED = "whatChanged";

  private RecordAdditionalInformationProcess() {}
}

package org.un.sc1540.workflow.reporting;

/** Ids and variable names of NonReportingStatesProcess: the campaign that starts reminder cycles. */
public final class NonReportingStatesProcess {

  public static final String KEY = "NonReportingStatesProcess";

  public static final String START_FROM_TASKLIST = "StartEvent_CampaignRequested";
  public static final String TASK_START_CYCLES = "Task_StartReminderCycles";

  /** Optional: the States to remind (JSON list or comma-separated alpha-3 codes); all non-reporting without it. */
  public static final String STATE_CODES = "stateCodes";
  /** Optional: the campaign's year; the current year in New York without it. */
  public static final String CAMPAIGN_YEAR = "campaignYear";
  /**
   * Set by the Tasklist start form: false with no States chosen is refused, so that a click does not
   * start a cycle for each of the 193 States by accident. Absent (REST, timer): no such check.
   */
  public static final String REMIND_ALL_STATES = "remindAllStates";

  public static final String CYCLES_STARTED = "cyclesStarted";
  public static final String STATES_STARTED = "statesStarted";
  public static final String STATES_SKIPPED = "statesSkipped";

  private NonReportingStatesProcess() {}
}

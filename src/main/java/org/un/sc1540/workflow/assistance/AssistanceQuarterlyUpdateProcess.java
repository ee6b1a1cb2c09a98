package org.un.sc1540.workflow.assistance;

/** Ids and variable names of AssistanceQuarterlyUpdateProcess: the coordinators' quarterly update (PoW §9(h)). */
public final class AssistanceQuarterlyUpdateProcess {

  public static final String KEY = "AssistanceQuarterlyUpdateProcess";
  public static final String START = "StartEvent_QuarterBegins";
  public static final String TASK_OPEN_UPDATE = "Task_OpenQuarterlyUpdate";
  public static final String TASK_PRESENT_UPDATE = "Task_PresentQuarterlyUpdate";

  public static final String REPORT_YEAR = "reportYear";
  public static final String REPORT_QUARTER = "reportQuarter";
  // Form
  public static final String REPORT_SUMMARY = "reportSummary";
  public static final String PRESENTED_ON = "presentedOn";
  public static final String UPDATE_NOTES = "updateNotes";

  private AssistanceQuarterlyUpdateProcess() {}

  public static String businessKey(int year, int quarter) {
    return "ASSIST-UPDATE-" + year + "-Q" + quarter;
  }
}

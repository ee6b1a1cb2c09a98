package org.un.sc1540.workflow.reporting;

/** Ids of NonReportingStatesScheduleProcess: each 1 March, the campaign for all non-reporting States. */
public final class NonReportingStatesScheduleProcess {

  public static final String KEY = "NonReportingStatesScheduleProcess";

  public static final String START_EACH_MARCH = "StartEvent_EachMarch";
  public static final String TASK_RUN_CAMPAIGN = "Task_RunCampaign";

  private NonReportingStatesScheduleProcess() {}
}

package org.un.sc1540.workflow.cycle;

import java.util.List;

/** Ids and variable names of AnnualCycleProcess and its schedule (2663 §4, §22, §26; PoW §8(a), §9(h)). */
public final class AnnualCycleProcess {

  public static final String KEY = "AnnualCycleProcess";
  public static final String SCHEDULE_KEY = "AnnualCycleScheduleProcess";

  public static final String START = "StartEvent_CycleRequested";
  public static final String TASK_PLAN_STEPS = "Task_PlanCycleSteps";
  public static final String SUBPROCESS_STEPS = "SubProcess_CycleSteps";
  public static final String TIMER_STEP_RELEASED = "TimerEvent_StepDateReached";
  public static final String TASK_RELEASE_STEP = "Task_ReleaseCycleStep";
  public static final String TASK_CARRY_OUT_STEP = "Task_CarryOutCycleStep";
  public static final String TASK_START_CYCLE = "Task_StartAnnualCycle";

  // Process
  public static final String YEAR = "year";
  public static final String STEP_ID = "stepId";
  /** Local to a step's instance: the step is held by another process of the year (no task of its own). */
  public static final String LINKED = "linked";
  // Form (the step's task)
  public static final String STEP_LABEL = "stepLabel";
  public static final String STEP_DESCRIPTION = "stepDescription";
  public static final String STEP_DUE = "stepDue";
  public static final String DECISION = "decision";
  public static final String OUTCOME_DATE = "outcomeDate";
  public static final String DOCUMENT_SYMBOL = "documentSymbol";
  public static final List<String> OUTCOME_FIELDS = List.of(DECISION, OUTCOME_DATE, DOCUMENT_SYMBOL);

  private AnnualCycleProcess() {}

  public static String businessKey(int year) {
    return "CYCLE-" + year;
  }
}

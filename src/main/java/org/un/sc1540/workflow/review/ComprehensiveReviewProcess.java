package org.un.sc1540.workflow.review;

import java.util.List;

/**
 * Ids and variable names of ComprehensiveReviewProcess: the comprehensive review of a year
 * (resolution 2663 (2022), para. 3; programme of work, paras. 5-7 and annex II).
 */
public final class ComprehensiveReviewProcess {

  public static final String KEY = "ComprehensiveReviewProcess";
  /** The decision table in bpmn/ReviewSchedule.dmn that holds the schedule's rows. */
  public static final String SCHEDULE_DECISION = "ReviewSchedule";
  static final String BUSINESS_KEY_PREFIX = "REVIEW-";

  // Start variables.
  /** Required: the year of the review (integer). */
  public static final String REVIEW_YEAR = "reviewYear";
  /**
   * Optional ISO date; default 30 November of the review year, so that the report precedes December
   * (resolution 2663 (2022), paragraph 3; December only with {@link #POSTPONEMENT_REFERENCE}).
   */
  public static final String REPORT_DUE_DATE = "reportDueDate";
  /** Optional boolean, default false: the draft resolution on the mandate's renewal is part of the work. */
  public static final String PRECEDES_MANDATE_RENEWAL = "precedesMandateRenewal";
  /**
   * Optional text: the reference of the Committee's decision to postpone the report into the
   * December of the review year (resolution 2663 (2022), paragraph 3); kept in the review's table.
   */
  public static final String POSTPONEMENT_REFERENCE = "postponementReference";
  /** Optional: the States the matrix circulation and the letters go to (JSON list or comma-separated); all without it. */
  public static final String STATE_CODES = "stateCodes";

  // Variables of one step, on its ReviewStepProcess instance.
  /** The step's id in the schedule: a start variable of the step's process. */
  public static final String STEP_ID = "stepId";
  /** The step's kind (StepKind), set when it is released; the gateway "What does the step involve?" reads it. */
  public static final String STEP_KIND = "stepKind";
  /** Outcome fields of the step forms, on the step's own instance. */
  public static final String DOCUMENT_REFERENCE = "documentReference";
  public static final String DECISION = "decision";
  public static final String OUTCOME_DATE = "outcomeDate";
  public static final String CONCLUSIONS = "conclusions";
  /** Who completed the step's task (set when the task is completed; the outcome is recorded in a later job). */
  public static final String COMPLETED_BY = "completedBy";
  static final List<String> OUTCOME_VARIABLES = List.of(DOCUMENT_REFERENCE, DECISION, OUTCOME_DATE, CONCLUSIONS);

  // Task-local variables every step's form shows: the step's label, its Annex II item and due day.
  public static final String STEP_LABEL = "stepLabel";
  public static final String STEP_DESCRIPTION = "stepDescription";
  public static final String STEP_DUE = "stepDue";

  // Task-local variables of a report step: the four areas' conclusions, shown side by side (read-only).
  public static final String CONCLUSIONS_IMPLEMENTATION = "conclusionsImplementation";
  public static final String CONCLUSIONS_ASSISTANCE = "conclusionsAssistance";
  public static final String CONCLUSIONS_COOPERATION = "conclusionsCooperation";
  public static final String CONCLUSIONS_TRANSPARENCY = "conclusionsTransparency";

  // Messages.
  /** A step not yet released has moved to another month: its release timer is computed again. */
  public static final String MESSAGE_STEP_RESCHEDULED = "ReviewStepRescheduled";
  /**
   * A coordinator marked an "if necessary" step not needed: the step's event subprocess ends it,
   * wherever it waits (its month, its prerequisites or its task).
   */
  public static final String MESSAGE_STEP_NOT_NEEDED = "ReviewStepNotNeeded";
  /** The last step a released step waits for is done. */
  public static final String MESSAGE_PREREQUISITES_DONE = "ReviewStepPrerequisitesDone";
  /** To the review: every step with an instance is done (the review's table says so). */
  public static final String MESSAGE_STEPS_DONE = "ReviewStepsDone";

  // Activities.
  public static final String START_EVENT = "StartEvent_ReviewRequested";
  public static final String TASK_PLAN_STEPS = "Task_PlanSteps";
  /** Where the review waits for its last step (message ReviewStepsDone). */
  public static final String STEPS_DONE_WAIT = "MessageEvent_StepsDone";
  public static final String END_EVENT = "EndEvent_ReviewCompleted";

  /**
   * The process of one step, whatever its working group (every step is modelled once): business
   * key REVIEW-&lt;year&gt;-&lt;stepId&gt;, started by the review for every step with work of its own.
   */
  public static final String STEP_PROCESS_KEY = "ReviewStepProcess";

  // Activities of ReviewStepProcess.
  /** Where a step waits for its month, or for a coordinator to move it. */
  public static final String GATEWAY_MONTH_OR_MOVE = "Gateway_MonthOrMove";
  public static final String PREREQUISITES_WAIT = "MessageEvent_PrerequisitesDone";
  public static final String TASK_CARRY_OUT_STEP = "Task_CarryOutStep";
  public static final String TASK_DRAFT_CONCLUSIONS = "Task_DraftConclusions";
  public static final String TASK_WORK_ON_REPORT = "Task_WorkOnReport";
  public static final String TASK_CIRCULATE_MATRICES = "Task_CirculateMatrices";
  public static final String TASK_FOLLOW_MATRIX_ROUND = "Task_FollowMatrixRound";
  public static final String TASK_REMIND_NON_REPORTING_STATES = "Task_RemindNonReportingStates";

  // The processes a review calls (issues 4 and 5).
  public static final String MATRIX_CIRCULATION_PROCESS = "MatrixCirculationProcess";
  public static final String NON_REPORTING_STATES_PROCESS = "NonReportingStatesProcess";
  /** Start variable of MatrixCirculationProcess: the States' comment deadline (ISO date). */
  public static final String COMMENT_DEADLINE = "commentDeadline";
  /** Start variable of NonReportingStatesProcess: the campaign's year. */
  public static final String CAMPAIGN_YEAR = "campaignYear";

  public static String businessKey(int reviewYear) {
    return BUSINESS_KEY_PREFIX + reviewYear;
  }

  /** The business key of a step's ReviewStepProcess instance, and of the Tasklist records of its moves. */
  public static String stepBusinessKey(int reviewYear, String stepId) {
    return businessKey(reviewYear) + "-" + stepId;
  }

  public static String matrixRoundBusinessKey(int reviewYear) {
    return "MATRIX-" + reviewYear;
  }

  private ComprehensiveReviewProcess() {}
}

package org.un.sc1540.workflow.review;

/**
 * Ids and variable names of MarkReviewStepNotNeededProcess: a coordinator marks an "if necessary"
 * step of a running review not needed, with the reason, from Tasklist (the same change as
 * POST /api/review/{year}/steps/{stepId}/not-needed).
 */
public final class MarkReviewStepNotNeededProcess {

  public static final String KEY = "MarkReviewStepNotNeededProcess";

  public static final String START_EVENT = "StartEvent_NotNeededRequested";
  public static final String TASK_MARK_NOT_NEEDED = "Task_MarkStepNotNeeded";
  public static final String TASK_READ_OUTCOME = "Task_ReadOutcome";
  public static final String END_EVENT = "EndEvent_StepMarkedNotNeeded";

  /** The review's year, the step's id and why it is not needed (required). */
  public static final String REVIEW_YEAR = ComprehensiveReviewProcess.REVIEW_YEAR;
  public static final String STEP_ID = "stepNotNeeded";
  public static final String REASON = "reason";

  /** The start event's initiator: the coordinator who marked the step, who reads the outcome. */
  public static final String MARKED_BY = "markedBy";
  /** What happened to the step, in words, for the outcome task. */
  public static final String OUTCOME = "outcome";

  private MarkReviewStepNotNeededProcess() {}
}

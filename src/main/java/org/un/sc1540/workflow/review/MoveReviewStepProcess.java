package org.un.sc1540.workflow.review;

/**
 * Ids and variable names of MoveReviewStepProcess: a coordinator moves a step of a running review
 * to another month from Tasklist (the same change as PUT /api/review/{year}/steps/{stepId}).
 */
public final class MoveReviewStepProcess {

  public static final String KEY = "MoveReviewStepProcess";

  public static final String START_EVENT = "StartEvent_MoveRequested";
  public static final String TASK_MOVE_STEP = "Task_MoveStep";

  /** The review's year, the step's id, the new month (1-12) and why. */
  public static final String REVIEW_YEAR = ComprehensiveReviewProcess.REVIEW_YEAR;
  public static final String STEP_ID = "stepToMove";
  public static final String MONTH = "newMonth";
  public static final String REASON = "reason";

  /** Set when the step has moved: its new release and due date (ISO, New York). */
  public static final String RELEASE_DATE = "releaseDate";
  public static final String DUE_DATE = "dueDate";

  private MoveReviewStepProcess() {}
}

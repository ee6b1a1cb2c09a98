package org.un.sc1540.workflow.matrix;

/**
 * Names of the RecordMatrixCommentsProcess: the secretariat records a State's comments on its
 * matrix from Tasklist, and the message {@code MatrixCommentsReceived} lands here when no review
 * of the State waits for it (its review not started yet, or no open round: then it is refused).
 */
public final class MatrixCommentsRecording {

  public static final String PROCESS_KEY = "RecordMatrixCommentsProcess";

  public static final String START_FORM = "StartEvent_CommentsToRecord";
  public static final String START_MESSAGE = "StartEvent_CommentsReceived";
  public static final String TASK_RECORD_COMMENTS = "Task_RecordStateComments";
  public static final String TASK_SEE_OUTCOME = "Task_SeeOutcome";
  public static final String END_RECORDED = "EndEvent_CommentsRecorded";

  public static final String STATE_CODE = StateMatrixReview.STATE_CODE;
  public static final String REVIEW_YEAR = StateMatrixReview.REVIEW_YEAR;
  public static final String COMMENTS_RECEIVED_ON = StateMatrixReview.COMMENTS_RECEIVED_ON;
  public static final String COMMENTS_REFERENCE = StateMatrixReview.COMMENTS_REFERENCE;
  /** The start event's initiator: who recorded the comments in Tasklist (absent for a message). */
  public static final String RECORDED_BY = "recordedBy";
  /** What was recorded, for the outcome task: the row's id and which record it went to. */
  public static final String RECORDED_ID = "recordedId";
  public static final String RECORDED_AS = "recordedAs";

  private MatrixCommentsRecording() {}

  public static String businessKey(int reviewYear, String stateCode) {
    return StateMatrixReview.businessKey(reviewYear, stateCode) + "-COMMENTS";
  }
}

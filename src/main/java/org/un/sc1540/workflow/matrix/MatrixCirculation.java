package org.un.sc1540.workflow.matrix;

/** Names of the MatrixCirculationProcess: one circulation round to the Member States. */
public final class MatrixCirculation {

  public static final String PROCESS_KEY = "MatrixCirculationProcess";

  public static final String TASK_REVIEW_STATE_MATRICES = "Task_ReviewStateMatrices";
  public static final String TASK_SUMMARIZE_ROUND = "Task_SummarizeRound";
  public static final String TASK_POST_MATRICES = "Task_PostApprovedMatrices";
  public static final String END_ROUND_CLOSED = "EndEvent_RoundClosed";

  public static final String REVIEW_YEAR = StateMatrixReview.REVIEW_YEAR;
  public static final String COMMENT_DEADLINE = StateMatrixReview.COMMENT_DEADLINE;
  /** JSON list of alpha-3 codes; a comma-separated list is accepted and normalized. */
  public static final String STATE_CODES = "stateCodes";
  public static final String STATE_COUNT = "stateCount";
  public static final String NO_REPLY_POLICY = StateMatrixReview.NO_REPLY_POLICY;

  // The round summary, set before the posting task.
  public static final String ROUND_SUMMARY = "roundSummary";
  public static final String STATES_SENT = "statesSent";
  public static final String REPLIED_ON_TIME = "repliedOnTime";
  public static final String REPLIED_LATE = "repliedLate";
  public static final String NO_REPLY = "noReply";
  public static final String APPROVED = "approved";
  public static final String STILL_OPEN = "stillOpen";
  public static final String COMMENTS_AFTER_APPROVAL = "commentsAfterApproval";
  public static final String POSTED_ON = "postedOn";
  public static final String WEBSITE_URL = "websiteUrl";

  private MatrixCirculation() {}

  /** Business key of a round, e.g. {@code MATRIX-2027}. */
  public static String businessKey(int reviewYear) {
    return "MATRIX-" + reviewYear;
  }
}

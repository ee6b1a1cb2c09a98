package org.un.sc1540.workflow.matrix;

/**
 * Names of the MatrixCirculationProcess: one circulation round to the Member States. The round
 * holds its year; its States, deadline, policy and posting are in {@code matrix_round}.
 */
public final class MatrixCirculation {

  public static final String PROCESS_KEY = "MatrixCirculationProcess";

  public static final String TASK_REVIEW_STATE_MATRICES = "Task_ReviewStateMatrices";
  public static final String EVENT_REVIEWS_ENDED = "Event_ReviewsEnded";
  public static final String GATEWAY_JUNE_OR_ALL_ENDED = "Gateway_JuneOrAllEnded";
  public static final String EVENT_JUNE_MEETING = "Event_JuneMeeting";
  public static final String EVENT_ALL_REVIEWS_ENDED = "Event_AllReviewsEnded";
  public static final String TASK_POST_MATRICES = "Task_PostApprovedMatrices";
  public static final String END_ROUND_CLOSED = "EndEvent_RoundClosed";

  // The start contract (the comprehensive review and the API start rounds with these).
  public static final String REVIEW_YEAR = StateMatrixReview.REVIEW_YEAR;
  /** ISO date; default 29 May of the review year ({@code committee.matrix.comment-deadline}). */
  public static final String COMMENT_DEADLINE = StateMatrixReview.COMMENT_DEADLINE;
  /** A JSON list or a comma-separated list of alpha-3 codes; empty for all 193. */
  public static final String STATE_CODES = "stateCodes";
  public static final String NO_REPLY_POLICY = StateMatrixReview.NO_REPLY_POLICY;
  /**
   * The start form's confirmation that an empty list of States means all 193. Absent (REST, the
   * review) it is not asked; given as false with no States, the start is refused.
   */
  public static final String ALL_STATES = "allStates";

  /** Set when every State's review has ended: wakes the June posting if it still waits. */
  public static final String REVIEWS_ENDED = "reviewsEnded";

  // The posting task's fields.
  public static final String CONSIDERED_ON = "consideredOn";
  public static final String POSTED_ON = StateMatrixReview.POSTED_ON;
  public static final String WEBSITE_URL = StateMatrixReview.WEBSITE_URL;
  public static final String CARRIED_NOTE = "carriedNote";

  private MatrixCirculation() {}

  /** Business key of a round, e.g. {@code MATRIX-2027}. */
  public static String businessKey(int reviewYear) {
    return "MATRIX-" + reviewYear;
  }
}

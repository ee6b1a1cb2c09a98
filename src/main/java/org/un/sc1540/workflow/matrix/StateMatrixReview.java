package org.un.sc1540.workflow.matrix;

/**
 * Names of the StateMatrixReviewProcess: one State's matrix in one circulation round. The instance
 * holds the State's code and the review year; everything else is in the matrix tables.
 */
public final class StateMatrixReview {

  public static final String PROCESS_KEY = "StateMatrixReviewProcess";

  /** From outside (the secretariat, over the engine REST API): a State's comments, by stateCode and reviewYear. */
  public static final String MESSAGE_COMMENTS_RECEIVED = "MatrixCommentsReceived";
  /** The application's own, after a coordinator's extension was checked and stored. */
  public static final String MESSAGE_DEADLINE_EXTENDED = "MatrixDeadlineExtended";

  public static final String TASK_PREPARE_MATRIX = "Task_PrepareMatrix";
  public static final String TASK_SEND_MATRIX = "Task_SendMatrix";
  public static final String TASK_FIX_ADDRESS_FOR_MATRIX = "Task_FixAddressForMatrix";
  public static final String SUBPROCESS_AWAIT_COMMENTS = "SubProcess_AwaitComments";
  public static final String GATEWAY_REMINDER_OR_COMMENTS = "Gateway_ReminderOrComments";
  public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
  public static final String TASK_SEND_REMINDER = "Task_SendReminder";
  public static final String EVENT_COMMENTS_BEFORE_REMINDER = "Event_CommentsBeforeReminder";
  public static final String EVENT_COMMENTS_AWAITED = "Event_CommentsAwaited";
  public static final String TASK_FIX_ADDRESS_FOR_REMINDER = "Task_FixAddressForReminder";
  public static final String BOUNDARY_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
  public static final String BOUNDARY_DEADLINE_EXTENDED = "BoundaryEvent_DeadlineExtended";
  public static final String TASK_TAKE_UP_COMMENTS = "Task_TakeUpComments";
  public static final String TASK_RECORD_NO_REPLY = "Task_RecordNoReply";
  public static final String TASK_REVIEW_COMMENTS = "Task_ReviewComments";
  public static final String TASK_SEND_CONSULTATION = "Task_SendConsultation";
  public static final String TASK_FIX_ADDRESS_FOR_CONSULTATION = "Task_FixAddressForConsultation";
  public static final String TASK_APPROVE_MATRIX = "Task_ApproveMatrix";
  public static final String BOUNDARY_FURTHER_COMMENTS = "BoundaryEvent_FurtherComments";
  public static final String TASK_APPROVE_TACITLY = "Task_ApproveTacitly";
  public static final String TASK_POST_MATRIX = "Task_PostMatrix";
  public static final String TASK_OPEN_LATE_COMMENTS = "Task_OpenLateComments";
  public static final String END_MATRIX_APPROVED = "EndEvent_MatrixApproved";
  /** The event sub-process that stores a State's comments whenever they arrive. */
  public static final String EVENT_SUBPROCESS_COMMENTS = "SubProcess_CommentsReceived";
  public static final String TASK_RECORD_COMMENTS = "Task_RecordComments";

  // Contract variables (issue 5): the instance's keys, and the message's payload.
  public static final String STATE_CODE = "stateCode";
  public static final String REVIEW_YEAR = "reviewYear";
  public static final String COMMENTS_RECEIVED_ON = "commentsReceivedOn";
  public static final String COMMENTS_REFERENCE = "commentsReference";
  /** Start variables a review takes when it is started on its own (without a round); read, stored, removed. */
  public static final String COMMENT_DEADLINE = "commentDeadline";
  public static final String NO_REPLY_POLICY = "noReplyPolicy";

  /**
   * Set (never persisted) when comments are stored: wakes the conditional events that wait for
   * comments; what they find is in the table.
   */
  public static final String COMMENTS_IN = "commentsIn";

  // Form fields (task input parameters), read by the complete listener.
  public static final String ABOUT = "about";
  public static final String MATRIX_REFERENCE = "matrixReference";
  public static final String MATRIX_VERSION = "matrixVersion";
  public static final String MATRIX_URL = "matrixUrl";
  public static final String CHANGES_SUMMARY = "changesSummary";
  /** The expert's confirmation that the changes are written in the letter's language (LetterFreeText). */
  public static final String CHANGES_SUMMARY_IN_LETTER_LANGUAGE = "changesSummaryInLetterLanguage";
  /** INLINE or ANNEX: where the changes go in the covering note (LetterFreeText), handed to the letter. */
  public static final String CHANGES_SUMMARY_PLACEMENT = "changesSummaryPlacement";
  public static final String REVISION_SUMMARY = "revisionSummary";
  public static final String CONSULT_STATE = "consultState";
  public static final String CONSULTATION_DEADLINE = "consultationDeadline";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String DECISION_APPROVED = "APPROVED";
  public static final String DECISION_REVISION_REQUESTED = "REVISION_REQUESTED";
  public static final String APPROVED_ON = "approvedOn";
  public static final String DECISION_REFERENCE = "decisionReference";
  public static final String POSTED_ON = "postedOn";
  public static final String WEBSITE_URL = "websiteUrl";

  private StateMatrixReview() {}

  /** Business key of a State's instance, e.g. {@code MATRIX-2027-FRA}. */
  public static String businessKey(int reviewYear, String stateCode) {
    return MatrixCirculation.businessKey(reviewYear) + "-" + stateCode;
  }
}

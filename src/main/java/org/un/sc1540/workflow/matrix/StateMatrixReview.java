package org.un.sc1540.workflow.matrix;

/** Names of the StateMatrixReviewProcess: one State's matrix in one circulation round. */
public final class StateMatrixReview {

  public static final String PROCESS_KEY = "StateMatrixReviewProcess";

  public static final String MESSAGE_COMMENTS_RECEIVED = "MatrixCommentsReceived";
  public static final String MESSAGE_DEADLINE_EXTENDED = "MatrixDeadlineExtended";

  public static final String TASK_PREPARE_MATRIX = "Task_PrepareMatrix";
  public static final String TASK_SEND_MATRIX = "Task_SendMatrix";
  public static final String TASK_FIX_ADDRESS_FOR_MATRIX = "Task_FixAddressForMatrix";
  public static final String TASK_SCHEDULE_DEADLINE = "Task_ScheduleDeadline";
  public static final String SUBPROCESS_AWAIT_COMMENTS = "SubProcess_AwaitComments";
  public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
  public static final String TASK_SEND_REMINDER = "Task_SendReminder";
  public static final String EVENT_COMMENTS_AWAITED = "Event_CommentsAwaited";
  public static final String TASK_FIX_ADDRESS_FOR_REMINDER = "Task_FixAddressForReminder";
  public static final String BOUNDARY_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
  public static final String BOUNDARY_DEADLINE_EXTENDED = "BoundaryEvent_DeadlineExtended";
  public static final String TASK_EXTEND_DEADLINE = "Task_ExtendDeadline";
  public static final String TASK_RECORD_COMMENTS = "Task_RecordComments";
  public static final String TASK_RECORD_NO_REPLY = "Task_RecordNoReply";
  public static final String TASK_REVIEW_COMMENTS = "Task_ReviewComments";
  public static final String TASK_SEND_CONSULTATION = "Task_SendConsultation";
  public static final String TASK_FIX_ADDRESS_FOR_CONSULTATION = "Task_FixAddressForConsultation";
  public static final String TASK_APPROVE_MATRIX = "Task_ApproveMatrix";
  public static final String BOUNDARY_FURTHER_COMMENTS = "BoundaryEvent_FurtherComments";
  public static final String TASK_APPROVE_TACITLY = "Task_ApproveTacitly";
  public static final String TASK_RECORD_APPROVAL = "Task_RecordApproval";
  public static final String TASK_OPEN_LATE_COMMENTS = "Task_OpenLateComments";
  public static final String END_MATRIX_APPROVED = "EndEvent_MatrixApproved";

  // Contract variables (issue 5).
  public static final String STATE_CODE = "stateCode";
  public static final String REVIEW_YEAR = "reviewYear";
  public static final String COMMENT_DEADLINE = "commentDeadline";
  public static final String COMMENTS_RECEIVED_ON = "commentsReceivedOn";
  public static final String COMMENTS_REFERENCE = "commentsReference";

  public static final String ROUND_ID = "roundId";
  public static final String NO_REPLY_POLICY = "noReplyPolicy";
  public static final String AWAITING = "awaiting";
  public static final String AWAITING_CIRCULATION = "CIRCULATION";
  public static final String AWAITING_CONSULTATION = "CONSULTATION";
  public static final String COMMENT_DEADLINE_AT = "commentDeadlineAt";
  public static final String REMINDER_AT = "reminderAt";
  public static final String REMINDER_SENT = "reminderSent";
  public static final String MATRIX_REFERENCE = "matrixReference";
  public static final String MATRIX_VERSION = "matrixVersion";
  public static final String MATRIX_URL = "matrixUrl";
  public static final String CHANGES_SUMMARY = "changesSummary";
  /** The expert's confirmation that the changes are written in the letter's language (LetterFreeText). */
  public static final String CHANGES_SUMMARY_IN_LETTER_LANGUAGE = "changesSummaryInLetterLanguage";
  /** INLINE or ANNEX: where the changes go in the covering note (LetterFreeText), handed to the letter. */
  public static final String CHANGES_SUMMARY_PLACEMENT = "changesSummaryPlacement";
  /** The State's language of correspondence as the preparation form shows it, e.g. "French (fr)". */
  public static final String LETTER_LANGUAGE = "letterLanguage";
  public static final String COVERING_SYMBOL = "coveringSymbol";
  public static final String COVERING_DATE = "coveringDate";
  public static final String COMMENTS_LATE = "commentsLate";
  public static final String CONSULT_STATE = "consultState";
  public static final String CONSULTATION_DEADLINE = "consultationDeadline";
  public static final String CONSULTATIONS_SENT = "consultationsSent";
  public static final String REVISION_SUMMARY = "revisionSummary";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String DECISION_APPROVED = "APPROVED";
  public static final String DECISION_REVISION_REQUESTED = "REVISION_REQUESTED";
  public static final String APPROVED_ON = "approvedOn";
  public static final String DECISION_REFERENCE = "decisionReference";
  public static final String NEW_COMMENT_DEADLINE = "newCommentDeadline";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EARLIER_LATE_COMMENTS = "earlierLateComments";

  private StateMatrixReview() {}

  /** Business key of a State's instance, e.g. {@code MATRIX-2027-FRA}. */
  public static String businessKey(int reviewYear, String stateCode) {
    return MatrixCirculation.businessKey(reviewYear) + "-" + stateCode;
  }
}

package org.un.sc1540.workflow.matrix;

/**
 * Names of the MatrixDeadlineExtensionProcess: a coordinator extends one State's comment deadline
 * from Tasklist (its start form); each extension is also a row of {@code matrix_deadline_extension}.
 */
public final class MatrixDeadlineExtension {

  public static final String PROCESS_KEY = "MatrixDeadlineExtensionProcess";

  public static final String TASK_EXTEND_DEADLINE = "Task_ExtendStateDeadline";

  public static final String REVIEW_YEAR = StateMatrixReview.REVIEW_YEAR;
  public static final String STATE_CODE = StateMatrixReview.STATE_CODE;
  public static final String NEW_COMMENT_DEADLINE = "newCommentDeadline";
  public static final String EXTENSION_REASON = "extensionReason";

  private MatrixDeadlineExtension() {}
}

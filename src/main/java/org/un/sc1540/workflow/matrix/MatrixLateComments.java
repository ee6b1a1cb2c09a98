package org.un.sc1540.workflow.matrix;

/**
 * Names of the MatrixLateCommentsProcess: after a State's matrix is approved, it keeps the State's
 * year open for comments, which are recorded for the next round, until the window closes.
 */
public final class MatrixLateComments {

  public static final String PROCESS_KEY = "MatrixLateCommentsProcess";

  public static final String EVENT_WINDOW_CLOSED = "Event_WindowClosed";
  public static final String END_WINDOW_CLOSED = "EndEvent_WindowClosed";
  public static final String EVENT_SUBPROCESS_COMMENTS = "SubProcess_LateCommentsReceived";
  public static final String TASK_RECORD_LATE_COMMENTS = "Task_RecordLateComments";

  private MatrixLateComments() {}

  public static String businessKey(int reviewYear, String stateCode) {
    return StateMatrixReview.businessKey(reviewYear, stateCode) + "-AFTER-APPROVAL";
  }
}

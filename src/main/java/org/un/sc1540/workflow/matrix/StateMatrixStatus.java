package org.un.sc1540.workflow.matrix;

import java.time.Instant;
import java.time.LocalDate;

/** Where one State's matrix stands in a round (a row of matrix_state_review). */
public record StateMatrixStatus(String processInstanceId, String roundProcessInstanceId, int reviewYear,
    String stateCode, String matrixReference, String matrixVersion, String matrixUrl, String coveringSymbol,
    LocalDate sentOn, LocalDate commentDeadline, boolean deadlineExtended, LocalDate reminderSentOn,
    LocalDate commentsReceivedOn, String commentsReference, boolean commentsLate, boolean noReply,
    int consultations, LocalDate approvedOn, Instant closedAt) {

  /** How the State answered the circulation, as the round summary counts it. */
  public Reply reply() {
    if (commentsReceivedOn != null) {
      return commentsLate ? Reply.LATE : Reply.ON_TIME;
    }
    if (noReply) {
      return Reply.NONE;
    }
    return sentOn == null ? Reply.NOT_SENT : Reply.AWAITED;
  }

  public boolean open() {
    return closedAt == null;
  }

  public enum Reply { NOT_SENT, AWAITED, ON_TIME, LATE, NONE }
}

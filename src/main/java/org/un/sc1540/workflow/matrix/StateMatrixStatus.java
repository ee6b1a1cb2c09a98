package org.un.sc1540.workflow.matrix;

import java.time.Instant;
import java.time.LocalDate;

/** Where one State's matrix stands in a round (a row of matrix_state_review). */
public record StateMatrixStatus(String processInstanceId, String roundProcessInstanceId, int reviewYear,
    String stateCode, MatrixStage stage, String matrixReference, String matrixVersion, String matrixUrl,
    String changesSummary, String preparedBy, String coveringSymbol, LocalDate sentOn, LocalDate commentDeadline,
    boolean deadlineExtended, boolean onConsultation, LocalDate reminderSentOn, LocalDate commentsReceivedOn,
    String commentsReference, boolean commentsLate, boolean noReply, int consultations, String revisionSummary,
    boolean consultState, MatrixProperties.NoReplyPolicy noReplyPolicy, String decision, String decisionReference,
    String decidedBy, LocalDate approvedOn, LocalDate postedOn, String postedUrl, boolean carried,
    Instant closedAt) {

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

  public boolean approved() {
    return approvedOn != null;
  }

  public enum Reply { NOT_SENT, AWAITED, ON_TIME, LATE, NONE }
}

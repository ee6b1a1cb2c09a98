package org.un.sc1540.workflow.matrix;

/** Where a State's matrix stands in its review (column {@code matrix_state_review.stage}). */
public enum MatrixStage {
  /** The experts prepare the updated matrix; the covering note has not gone out. */
  PREPARING("being prepared"),
  /** Sent (or sent back for consultation): the State's comments are awaited until the deadline. */
  AWAITING("comments awaited"),
  /** Comments are in: the experts review them and revise the matrix. */
  REVIEWING("comments being reviewed"),
  /** The experts asked the State again: the revised matrix is on its way. */
  CONSULTING("sent for consultation"),
  /** With the Committee for its decision. */
  DECIDING("with the Committee"),
  /** Approved by the Committee (or tacitly). */
  APPROVED("approved");

  private final String words;

  MatrixStage(String words) {
    this.words = words;
  }

  /** The stage as the Committee's pages and forms say it. */
  public String words() {
    return words;
  }

  /** A coordinator may move the deadline until comments are in (not after). */
  public boolean deadlineMayMove() {
    return this == PREPARING || this == AWAITING || this == CONSULTING;
  }
}

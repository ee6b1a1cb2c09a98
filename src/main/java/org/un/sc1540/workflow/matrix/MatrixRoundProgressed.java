package org.un.sc1540.workflow.matrix;

/**
 * Published (as a Spring application event, in the transaction that records it) when a matrix
 * round has done something another feature may wait for: every State of the round has been sent
 * its covering note, or the June posting is recorded. The comprehensive review listens for it, so
 * that its steps waiting for these facts go on at once; the matrix package knows nothing of the
 * review.
 *
 * @param reviewYear the round's year
 * @param roundId the round's process instance id
 * @param fact what the round has done
 */
public record MatrixRoundProgressed(int reviewYear, String roundId, Fact fact) {

  public enum Fact {
    /** Every State of the round has been sent its matrix with its covering note (Annex II, March). */
    COVERING_NOTES_SENT,
    /** The Committee considered the revised matrices and the approved ones were posted (Annex II, June). */
    MATRICES_POSTED
  }
}

package org.un.sc1540.workflow.review;

/** What a step of the review involves; the schedule's "kind" column. */
public enum StepKind {
  /** A user task for the step's group: carry it out and record its outcome. */
  TASK,
  /** A working group's conclusions and recommendations for its area (August). */
  CONCLUSIONS,
  /** The draft and final report: the form shows the four areas' conclusions together. */
  REPORT,
  /** A call of MatrixCirculationProcess for the review year, comments due 29 May (March). */
  MATRIX_CIRCULATION,
  /** A call of NonReportingStatesProcess: the routine letters to States that have not reported (March). */
  NON_REPORTING_LETTERS,
  /**
   * Annex II, June: the Committee considered the revised matrices. Recorded by the year's matrix
   * round, in its June posting task (MatrixRoundService.post, its "considered on" day); the review
   * has no task or instance for it, so the posting is done once.
   */
  MATRICES_CONSIDERED,
  /** Annex II, June: the approved matrices posted on the website, by the matrix round's posting task. */
  MATRICES_POSTED;

  /** The kinds carried out by another process, which only working group 1 calls. */
  boolean isCall() {
    return this == MATRIX_CIRCULATION || this == NON_REPORTING_LETTERS;
  }

  /** The kinds the year's matrix round records: no instance of the review's own, read from the round. */
  boolean isDoneByMatrixRound() {
    return this == MATRICES_CONSIDERED || this == MATRICES_POSTED;
  }
}

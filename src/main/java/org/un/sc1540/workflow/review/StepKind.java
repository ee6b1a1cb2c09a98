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
  NON_REPORTING_LETTERS;

  /** The kinds carried out by another process, which only working group 1 calls. */
  boolean isCall() {
    return this == MATRIX_CIRCULATION || this == NON_REPORTING_LETTERS;
  }
}

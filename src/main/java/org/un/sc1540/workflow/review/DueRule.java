package org.un.sc1540.workflow.review;

/**
 * How a step's due date follows from its month and the report due date; the schedule's "due"
 * column. Every step before the report is released in its month, or in the report's month if
 * that comes first, so that nothing leading to the report falls after it (resolution 2663 (2022),
 * para. 3: the report precedes December).
 */
public enum DueRule {
  /** The end of the step's month, and never after the report due date. */
  END_OF_MONTH,
  /** The report due date itself: the adoption and submission of the report. */
  REPORT_DUE,
  /** The end of the step's month, which is never before the report's: what follows the report. */
  AFTER_REPORT
}

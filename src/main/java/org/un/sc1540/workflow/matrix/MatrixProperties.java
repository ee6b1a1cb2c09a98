package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The matrix circulation's calendar and policy (Annex II: matrices out in March, comments due
 * 29 May, revised matrices considered in June).
 *
 * @param commentDeadline default comment deadline of a round, as {@code --MM-DD} of the review year: the one
 *     setting, read by the comprehensive review too ({@link #defaultCommentDeadline(int)})
 * @param reminderBefore how long before the deadline the one reminder goes out (its day, from 00:00 New York)
 * @param preparationTime how long the experts have to prepare a State's matrix (due date of their task)
 * @param approvalDue when the Committee considers the matrices, as {@code --MM-DD} of the review year:
 *     the due date of the decisions (a later deadline pushes it back to the deadline), and the June
 *     meeting day on which the round posts the approved matrices if not every review ended before
 * @param noReplyPolicy what happens to a matrix no State commented on by the deadline
 * @param lateCommentsWindow how long after the approval comments are still recorded for the next round
 */
@ConfigurationProperties("committee.matrix")
public record MatrixProperties(
    @DefaultValue("--05-29") String commentDeadline,
    @DefaultValue("P14D") Period reminderBefore,
    @DefaultValue("P14D") Period preparationTime,
    @DefaultValue("--06-30") String approvalDue,
    @DefaultValue("COMMITTEE_APPROVAL") NoReplyPolicy noReplyPolicy,
    @DefaultValue("P1Y") Period lateCommentsWindow) {

  public MatrixProperties {
    MonthDay.parse(commentDeadline);
    MonthDay.parse(approvalDue);
    if (reminderBefore.isNegative() || preparationTime.isNegative() || lateCommentsWindow.isNegative()) {
      throw new IllegalArgumentException("committee.matrix periods must not be negative");
    }
  }

  public LocalDate defaultCommentDeadline(int reviewYear) {
    return MonthDay.parse(commentDeadline).atYear(reviewYear);
  }

  public LocalDate approvalDueDay(int reviewYear) {
    return MonthDay.parse(approvalDue).atYear(reviewYear);
  }

  /** What the Committee does with a matrix the State did not comment on by the deadline. */
  public enum NoReplyPolicy {
    /** The Committee considers the matrix as circulated (its coordinators record the decision). */
    COMMITTEE_APPROVAL,
    /** The matrix as circulated is approved on the day after the deadline, without a Committee task. */
    TACIT_APPROVAL
  }
}

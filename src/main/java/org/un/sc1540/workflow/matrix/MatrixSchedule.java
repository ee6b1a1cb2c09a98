package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * The matrix processes' dates as absolute instants, computed in New York time, so that timers and
 * due dates do not depend on the server's time zone. Models use it in timer and due-date
 * expressions ({@code ${matrixSchedule.approvalDue(reviewYear, commentDeadline)}}).
 */
@Component
public class MatrixSchedule {

  private final MatrixProperties properties;
  private final CommitteeClock clock;

  MatrixSchedule(MatrixProperties properties, CommitteeClock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** Comments are on time until the end of the deadline's day in New York (23:59:59.999). */
  public static Date deadlineAt(LocalDate deadline) {
    return Date.from(CommitteeClock.endOfDay(deadline).toInstant());
  }

  /** The reminder goes out at the start (00:00 New York) of the day {@code reminderBefore} before the deadline. */
  public Date reminderAt(LocalDate deadline) {
    return Date.from(deadline.minus(properties.reminderBefore()).atStartOfDay(CommitteeClock.ZONE).toInstant());
  }

  /** True while the one reminder of the circulation is still to be sent and its day is still ahead. */
  public boolean remindBeforeDeadline(DelegateExecution execution) {
    boolean sent = MatrixInput.flag(execution.getVariable(StateMatrixReview.REMINDER_SENT));
    boolean circulation = StateMatrixReview.AWAITING_CIRCULATION.equals(execution.getVariable(StateMatrixReview.AWAITING));
    Object at = execution.getVariable(StateMatrixReview.REMINDER_AT);
    return !sent && circulation && at instanceof Date reminder && reminder.toInstant().isAfter(clock.instant());
  }

  /** Due date of the experts' tasks: the end of the day {@code preparationTime} from now. */
  public Date preparationDue() {
    return Date.from(CommitteeClock.endOfDay(clock.today().plus(properties.preparationTime())).toInstant());
  }

  /**
   * Due date of the Committee's approval: the configured day of the review year (June), or the
   * comment deadline if that is later, or today if both have passed.
   */
  public Date approvalDue(Object reviewYear, Object commentDeadline) {
    LocalDate due = properties.approvalDueDay(MatrixInput.reviewYear(reviewYear));
    LocalDate deadline = MatrixInput.optionalDate(StateMatrixReview.COMMENT_DEADLINE, commentDeadline);
    if (deadline != null && deadline.isAfter(due)) {
      due = deadline;
    }
    if (due.isBefore(clock.today())) {
      due = clock.today();
    }
    return Date.from(CommitteeClock.endOfDay(due).toInstant());
  }

  /** When the record for comments after approval closes: {@code lateCommentsWindow} from now. */
  public Date lateCommentsWindowEnd() {
    ZonedDateTime end = CommitteeClock.endOfDay(clock.today().plus(properties.lateCommentsWindow()));
    return Date.from(end.toInstant());
  }

  public LocalDate today() {
    return clock.today();
  }
}

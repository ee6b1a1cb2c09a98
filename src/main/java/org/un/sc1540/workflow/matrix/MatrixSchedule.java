package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Vars;

/**
 * The matrix processes' timers and due dates, computed from the tables in New York time, so that
 * they follow the current deadline (an extension moves them) and do not depend on the server's
 * time zone. Models call it in timer and due-date expressions
 * ({@code ${matrixSchedule.deadlineAt(execution)}}); a timer reads it when its scope is entered.
 */
@Component
public class MatrixSchedule {

  private final MatrixProperties properties;
  private final CommitteeClock clock;
  private final MatrixReviewService reviews;
  private final MatrixRoundService rounds;

  MatrixSchedule(MatrixProperties properties, CommitteeClock clock, MatrixReviewService reviews,
      MatrixRoundService rounds) {
    this.properties = properties;
    this.clock = clock;
    this.reviews = reviews;
    this.rounds = rounds;
  }

  /** Comments are on time until the end of the deadline's day in New York (23:59:59.999). */
  public static Date deadlineAt(LocalDate deadline) {
    return Date.from(CommitteeClock.endOfDay(deadline).toInstant());
  }

  /** The State's current deadline passes at the end of its day. */
  public Date deadlineAt(DelegateExecution execution) {
    return deadlineAt(review(execution).commentDeadline());
  }

  /** The reminder goes out at the start (00:00 New York) of the day {@code reminderBefore} before the deadline. */
  public Date reminderAt(LocalDate deadline) {
    return Date.from(deadline.minus(properties.reminderBefore()).atStartOfDay(CommitteeClock.ZONE).toInstant());
  }

  public Date reminderAt(DelegateExecution execution) {
    return reminderAt(review(execution).commentDeadline());
  }

  /**
   * True while the one reminder of the circulation is still to be sent and its day is still ahead:
   * not for a consultation, not a second time after an extension.
   */
  public boolean remindBeforeDeadline(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    return review.reminderSentOn() == null && !review.onConsultation()
        && reminderAt(review.commentDeadline()).toInstant().isAfter(clock.instant());
  }

  /** Due date of the experts' and the secretariat's tasks: the end of the day {@code preparationTime} from now. */
  public Date preparationDue() {
    return Date.from(CommitteeClock.endOfDay(clock.today().plus(properties.preparationTime())).toInstant());
  }

  /**
   * Due date of the Committee's decision on a State's matrix: the configured day of the review year
   * (June), or the State's deadline if that is later, or today if both have passed.
   */
  public Date approvalDue(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    return Date.from(CommitteeClock.endOfDay(decisionDay(review.reviewYear(), review.commentDeadline())).toInstant());
  }

  /**
   * The June meeting: at 00:00 New York on the day the Committee's decisions are due (30 June,
   * {@code approval-due}, or the round's deadline if later), the approved matrices are posted and
   * the others carried, unless every State's review ended before.
   */
  public Date juneMeetingAt(DelegateExecution execution) {
    MatrixRound round = rounds.round(execution.getProcessInstanceId());
    LocalDate day = properties.approvalDueDay(round.reviewYear());
    if (round.commentDeadline().isAfter(day)) {
      day = round.commentDeadline();
    }
    return Date.from(day.atStartOfDay(CommitteeClock.ZONE).toInstant());
  }

  /** Due date of the round's posting: the end of the June meeting's day, or of today if that has passed. */
  public Date postingDue(DelegateExecution execution) {
    MatrixRound round = rounds.round(execution.getProcessInstanceId());
    return Date.from(CommitteeClock.endOfDay(decisionDay(round.reviewYear(), round.commentDeadline())).toInstant());
  }

  private LocalDate decisionDay(int year, LocalDate deadline) {
    LocalDate due = properties.approvalDueDay(year);
    if (deadline != null && deadline.isAfter(due)) {
      due = deadline;
    }
    LocalDate today = clock.today();
    return due.isBefore(today) ? today : due;
  }

  /** When the record for comments after approval closes: {@code lateCommentsWindow} after the approval. */
  public Date lateCommentsWindowEnd(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    LocalDate from = reviews.approval(vars.year(StateMatrixReview.REVIEW_YEAR), vars.stateCode(StateMatrixReview.STATE_CODE))
        .map(MatrixApproval::approvedOn)
        .orElse(clock.today());
    return Date.from(CommitteeClock.endOfDay(from.plus(properties.lateCommentsWindow())).toInstant());
  }

  public LocalDate today() {
    return clock.today();
  }

  private StateMatrixStatus review(DelegateExecution execution) {
    return reviews.review(execution.getProcessInstanceId());
  }
}

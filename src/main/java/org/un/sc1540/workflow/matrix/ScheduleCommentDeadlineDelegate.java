package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the current comment deadline (a New York day) into the instants of the deadline and
 * reminder timers. Every way into the wait passes here (matrix sent, revision sent, deadline
 * extended), so the timers always follow the current {@code commentDeadline}.
 */
@Component
public class ScheduleCommentDeadlineDelegate implements JavaDelegate {

  private final MatrixSchedule schedule;
  private final MatrixReviewService reviews;

  ScheduleCommentDeadlineDelegate(MatrixSchedule schedule, MatrixReviewService reviews) {
    this.schedule = schedule;
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate deadline = MatrixInput.requiredDate(StateMatrixReview.COMMENT_DEADLINE,
        execution.getVariable(StateMatrixReview.COMMENT_DEADLINE));
    execution.setVariable(StateMatrixReview.COMMENT_DEADLINE_AT, MatrixSchedule.deadlineAt(deadline));
    execution.setVariable(StateMatrixReview.REMINDER_AT, schedule.reminderAt(deadline));
    reviews.deadlineScheduled(execution.getProcessInstanceId(), deadline);
  }
}

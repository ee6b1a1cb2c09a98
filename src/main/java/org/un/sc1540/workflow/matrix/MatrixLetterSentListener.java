package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.notification.SendLetterDelegate;

/**
 * After each of the State's letters is sent (end of the send task): records it in the round and
 * moves the counters the model reads. The reminder flag and the consultation counter change only
 * after their letter is sent, so a retried send keeps its letter occurrence.
 */
@Component
public class MatrixLetterSentListener implements ExecutionListener {

  private final MatrixReviewService reviews;

  MatrixLetterSentListener(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      // Left by its boundary event (no Mission address): nothing was sent.
      return;
    }
    String pi = execution.getProcessInstanceId();
    String symbol = (String) execution.getVariable(SendLetterDelegate.LETTER_SYMBOL);
    LocalDate date = LocalDate.parse((String) execution.getVariable(SendLetterDelegate.LETTER_DATE));
    switch (execution.getCurrentActivityId()) {
      case StateMatrixReview.TASK_SEND_MATRIX -> reviews.matrixSent(pi,
          (String) execution.getVariable(StateMatrixReview.MATRIX_REFERENCE),
          (String) execution.getVariable(StateMatrixReview.MATRIX_VERSION),
          (String) execution.getVariable(StateMatrixReview.MATRIX_URL), symbol, date);
      case StateMatrixReview.TASK_SEND_REMINDER -> {
        execution.setVariable(StateMatrixReview.REMINDER_SENT, true);
        reviews.reminderSent(pi, date);
      }
      case StateMatrixReview.TASK_SEND_CONSULTATION -> {
        int sent = ((Number) execution.getVariable(StateMatrixReview.CONSULTATIONS_SENT)).intValue() + 1;
        execution.setVariable(StateMatrixReview.CONSULTATIONS_SENT, sent);
        reviews.revised(pi, (String) execution.getVariable(StateMatrixReview.MATRIX_VERSION),
            (String) execution.getVariable(StateMatrixReview.MATRIX_URL), sent);
      }
      default -> throw new IllegalStateException("matrixLetterSentListener is not meant for activity "
          + execution.getCurrentActivityId());
    }
  }
}

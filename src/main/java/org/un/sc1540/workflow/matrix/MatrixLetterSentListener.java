package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.notification.SendLetterDelegate;

/**
 * After each of the State's letters is sent (end of the send task): records it in the State's
 * review, and takes the letter's symbol and date off the instance (the correspondence register
 * and the review keep them). The reminder and the consultation count change only after their
 * letter is sent, so a retried send keeps its letter occurrence.
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
    Vars vars = Vars.of(execution);
    String symbol = vars.text(SendLetterDelegate.LETTER_SYMBOL, 100);
    LocalDate date = vars.date(SendLetterDelegate.LETTER_DATE);
    switch (execution.getCurrentActivityId()) {
      case StateMatrixReview.TASK_SEND_MATRIX -> reviews.matrixSent(pi, symbol, date);
      case StateMatrixReview.TASK_SEND_REMINDER -> reviews.reminderSent(pi, date);
      case StateMatrixReview.TASK_SEND_CONSULTATION -> reviews.consultationSent(pi);
      default -> throw new IllegalStateException("matrixLetterSentListener is not meant for activity "
          + execution.getCurrentActivityId());
    }
    execution.getProcessInstance().removeVariable(SendLetterDelegate.LETTER_SYMBOL);
    execution.getProcessInstance().removeVariable(SendLetterDelegate.LETTER_DATE);
  }
}

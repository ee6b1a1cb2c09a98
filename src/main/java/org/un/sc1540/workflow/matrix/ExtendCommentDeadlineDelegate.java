package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A coordinator extended the State's deadline (message {@code MatrixDeadlineExtended}). Runs in
 * the correlating call: a date that does not extend the deadline is refused there, with nothing changed.
 */
@Component
public class ExtendCommentDeadlineDelegate implements JavaDelegate {

  private final MatrixReviewService reviews;

  ExtendCommentDeadlineDelegate(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate current = MatrixInput.requiredDate(StateMatrixReview.COMMENT_DEADLINE,
        execution.getVariable(StateMatrixReview.COMMENT_DEADLINE));
    LocalDate extended = reviews.extend(execution.getProcessInstanceId(), current,
        execution.getVariable(StateMatrixReview.NEW_COMMENT_DEADLINE));
    MatrixInput.optionalText(StateMatrixReview.EXTENSION_REASON, execution.getVariable(StateMatrixReview.EXTENSION_REASON), 1000);
    execution.setVariable(StateMatrixReview.COMMENT_DEADLINE, extended.toString());
    execution.setVariable(StateMatrixReview.NEW_COMMENT_DEADLINE, extended.toString());
  }
}

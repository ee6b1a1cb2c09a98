package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a State's review (approved, or cancelled): no longer open in the round summary. */
@Component
public class StateMatrixReviewEndListener implements ExecutionListener {

  private final MatrixReviewService reviews;

  StateMatrixReviewEndListener(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    reviews.close(execution.getProcessInstanceId());
  }
}

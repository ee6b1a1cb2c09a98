package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Policy TACIT_APPROVAL: a matrix nobody commented on is approved as circulated once the deadline has passed. */
@Component
public class ApproveMatrixTacitlyDelegate implements JavaDelegate {

  private final MatrixReviewService reviews;

  ApproveMatrixTacitlyDelegate(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.approveTacitly(execution.getProcessInstanceId());
  }
}

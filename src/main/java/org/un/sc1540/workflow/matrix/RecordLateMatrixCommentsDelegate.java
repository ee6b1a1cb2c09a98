package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Comments after the approval: kept for the next round (and counted in this round's summary). */
@Component
public class RecordLateMatrixCommentsDelegate implements JavaDelegate {

  private final MatrixReviewService reviews;

  RecordLateMatrixCommentsDelegate(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MatrixReviewService.Comments comments = reviews.recordCommentsAfterApproval(
        MatrixInput.reviewYear(execution.getVariable(StateMatrixReview.REVIEW_YEAR)),
        (String) execution.getVariable(StateMatrixReview.STATE_CODE),
        execution.getVariable(StateMatrixReview.COMMENTS_RECEIVED_ON),
        execution.getVariable(StateMatrixReview.COMMENTS_REFERENCE),
        execution.getProcessInstanceId());
    execution.setVariable(StateMatrixReview.COMMENTS_RECEIVED_ON, comments.receivedOn().toString());
    execution.setVariable(StateMatrixReview.COMMENTS_LATE, true);
  }
}

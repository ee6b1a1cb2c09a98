package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The registry of approved matrices records the Committee's approval of the State's matrix. */
@Component
public class RecordMatrixApprovalDelegate implements JavaDelegate {

  private final MatrixReviewService reviews;

  RecordMatrixApprovalDelegate(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MatrixApproval approval = new MatrixApproval(
        MatrixInput.reviewYear(execution.getVariable(StateMatrixReview.REVIEW_YEAR)),
        (String) execution.getVariable(StateMatrixReview.STATE_CODE),
        MatrixInput.requiredDate(StateMatrixReview.APPROVED_ON, execution.getVariable(StateMatrixReview.APPROVED_ON)),
        (String) execution.getVariable(StateMatrixReview.MATRIX_REFERENCE),
        (String) execution.getVariable(StateMatrixReview.MATRIX_VERSION),
        (String) execution.getVariable(StateMatrixReview.MATRIX_URL),
        (String) execution.getVariable(StateMatrixReview.DECISION_REFERENCE));
    reviews.approve(execution.getProcessInstanceId(), approval);
  }
}

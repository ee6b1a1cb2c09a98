package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the State's comments (message {@code MatrixCommentsReceived}) and flags them late when
 * they came after the deadline's day. Runs in the correlating call, so a bad date is refused to
 * the caller and the message is not consumed.
 */
@Component
public class RecordMatrixCommentsDelegate implements JavaDelegate {

  private final MatrixReviewService reviews;

  RecordMatrixCommentsDelegate(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate deadline = MatrixInput.requiredDate(StateMatrixReview.COMMENT_DEADLINE,
        execution.getVariable(StateMatrixReview.COMMENT_DEADLINE));
    boolean onCirculation = StateMatrixReview.AWAITING_CIRCULATION.equals(execution.getVariable(StateMatrixReview.AWAITING));
    MatrixReviewService.Comments comments = reviews.recordComments(execution.getProcessInstanceId(), onCirculation,
        deadline, execution.getVariable(StateMatrixReview.COMMENTS_RECEIVED_ON),
        execution.getVariable(StateMatrixReview.COMMENTS_REFERENCE));
    execution.setVariable(StateMatrixReview.COMMENTS_RECEIVED_ON, comments.receivedOn().toString());
    execution.setVariable(StateMatrixReview.COMMENTS_REFERENCE, comments.reference());
    execution.setVariable(StateMatrixReview.COMMENTS_LATE, comments.late());
  }
}

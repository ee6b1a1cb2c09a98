package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/**
 * Records a State's comments (message {@code MatrixCommentsReceived}, or the Tasklist recording):
 * the service stores them with their own date and wakes the State's review. Runs in the
 * correlating call, so a bad date is refused to the caller and nothing is kept. The message's
 * payload does not stay on the instance: the comments are in the table.
 */
@Component
public class RecordMatrixCommentsDelegate implements JavaDelegate {

  private final MatrixCommentsService comments;

  RecordMatrixCommentsDelegate(MatrixCommentsService comments) {
    this.comments = comments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    MatrixCommentsService.Receipt receipt = comments.receive(
        vars.stateCode(StateMatrixReview.STATE_CODE),
        vars.year(StateMatrixReview.REVIEW_YEAR),
        vars.optionalDate(StateMatrixReview.COMMENTS_RECEIVED_ON),
        vars.optionalText(StateMatrixReview.COMMENTS_REFERENCE, 1000));
    execution.removeVariable(StateMatrixReview.COMMENTS_RECEIVED_ON);
    execution.removeVariable(StateMatrixReview.COMMENTS_REFERENCE);
    // Local to the task's execution: the recording process's own scope (its outcome task reads
    // them); inside a review's event sub-process they end with it.
    execution.setVariableLocal(MatrixCommentsRecording.RECORDED_ID, receipt.id());
    execution.setVariableLocal(MatrixCommentsRecording.RECORDED_AS, receipt.recorded().name());
  }
}

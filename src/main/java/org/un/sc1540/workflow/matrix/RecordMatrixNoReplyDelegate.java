package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed without comments: the matrix goes to the Committee (no reply, if it was the circulation's). */
@Component
public class RecordMatrixNoReplyDelegate implements JavaDelegate {

  private final MatrixReviewService reviews;

  RecordMatrixNoReplyDelegate(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.noReply(execution.getProcessInstanceId());
  }
}

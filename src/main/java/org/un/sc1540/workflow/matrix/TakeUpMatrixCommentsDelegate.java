package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review gets to the comments that came in (whenever they came): on time or late by their own date. */
@Component
public class TakeUpMatrixCommentsDelegate implements JavaDelegate {

  private final MatrixCommentsService comments;

  TakeUpMatrixCommentsDelegate(MatrixCommentsService comments) {
    this.comments = comments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    comments.takeUp(execution.getProcessInstanceId());
  }
}

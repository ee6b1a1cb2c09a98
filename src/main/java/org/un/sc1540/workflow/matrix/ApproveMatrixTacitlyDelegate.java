package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Policy TACIT_APPROVAL: a matrix nobody commented on is approved as circulated once the deadline has passed. */
@Component
public class ApproveMatrixTacitlyDelegate implements JavaDelegate {

  private final MatrixSchedule schedule;

  ApproveMatrixTacitlyDelegate(MatrixSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(StateMatrixReview.APPROVAL_DECISION, StateMatrixReview.DECISION_APPROVED);
    execution.setVariable(StateMatrixReview.APPROVED_ON, schedule.today().toString());
    execution.setVariable(StateMatrixReview.DECISION_REFERENCE, "Approved as circulated: no comments by "
        + execution.getVariable(StateMatrixReview.COMMENT_DEADLINE));
  }
}

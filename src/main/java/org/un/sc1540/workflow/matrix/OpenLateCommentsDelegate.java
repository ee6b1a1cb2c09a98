package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Once the State's matrix is approved its review ends, so that the round can close; comments that
 * still come for this year are caught by a MatrixLateCommentsProcess started here with the same
 * {@code stateCode} and {@code reviewYear}, so the same message correlates to it.
 */
@Component
public class OpenLateCommentsDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final MatrixSchedule schedule;

  OpenLateCommentsDelegate(RuntimeService runtimeService, MatrixSchedule schedule) {
    this.runtimeService = runtimeService;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = MatrixInput.reviewYear(execution.getVariable(StateMatrixReview.REVIEW_YEAR));
    String state = (String) execution.getVariable(StateMatrixReview.STATE_CODE);
    runtimeService.createProcessInstanceByKey(MatrixLateComments.PROCESS_KEY)
        .businessKey(MatrixLateComments.businessKey(year, state))
        .setVariable(StateMatrixReview.STATE_CODE, state)
        .setVariable(StateMatrixReview.REVIEW_YEAR, year)
        .setVariable(StateMatrixReview.APPROVED_ON, execution.getVariable(StateMatrixReview.APPROVED_ON))
        .setVariable(MatrixLateComments.WINDOW_CLOSES_AT, schedule.lateCommentsWindowEnd())
        .execute();
  }
}

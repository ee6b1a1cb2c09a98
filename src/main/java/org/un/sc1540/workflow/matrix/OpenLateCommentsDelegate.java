package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.security.CommitteeAccess;

/**
 * Once the State's matrix is approved its review ends, so that the round can close; comments that
 * still come for this year are caught by a MatrixLateCommentsProcess started here with the same
 * {@code stateCode} and {@code reviewYear}, so the same message correlates to it. Started by the
 * application: the approval was decided by whoever may decide it.
 */
@Component
public class OpenLateCommentsDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final CommitteeAccess access;

  OpenLateCommentsDelegate(RuntimeService runtimeService, CommitteeAccess access) {
    this.runtimeService = runtimeService;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    int year = vars.year(StateMatrixReview.REVIEW_YEAR);
    String state = vars.stateCode(StateMatrixReview.STATE_CODE);
    access.asApplication(() -> runtimeService.createProcessInstanceByKey(MatrixLateComments.PROCESS_KEY)
        .businessKey(MatrixLateComments.businessKey(year, state))
        .setVariable(StateMatrixReview.STATE_CODE, state)
        .setVariable(StateMatrixReview.REVIEW_YEAR, year)
        .execute());
  }
}

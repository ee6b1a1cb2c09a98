package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/**
 * Start of a recording of a State's comments: its business key {@code MATRIX-<year>-<ISO3>-COMMENTS},
 * so that Cockpit finds it by the State, and its keys as the service reads them (an upper-case code,
 * the year as a number).
 */
@Component
public class MatrixCommentsRecordingStartListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    String state = vars.stateCode(MatrixCommentsRecording.STATE_CODE);
    int year = vars.year(MatrixCommentsRecording.REVIEW_YEAR);
    execution.setVariable(MatrixCommentsRecording.STATE_CODE, state);
    execution.setVariable(MatrixCommentsRecording.REVIEW_YEAR, year);
    execution.setProcessBusinessKey(MatrixCommentsRecording.businessKey(year, state));
  }
}

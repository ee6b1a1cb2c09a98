package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a round (completed or cancelled): the year is free for another round. */
@Component
public class MatrixRoundCloseListener implements ExecutionListener {

  private final MatrixRoundService rounds;

  MatrixRoundCloseListener(MatrixRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateExecution execution) {
    rounds.close(execution.getProcessInstanceId());
  }
}

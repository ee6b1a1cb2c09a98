package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Every State's review of the round has ended: the flag wakes the June posting if it still waits
 * for its day (its conditional event asks the table; the flag is what makes it ask).
 */
@Component
public class MatrixReviewsEndedListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(MatrixCirculation.REVIEWS_ENDED, true);
  }
}

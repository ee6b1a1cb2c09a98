package org.un.sc1540.workflow.routine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a year's routine letters: sent, or cancelled in Cockpit (which frees the year). */
@Component
public class RoutineLettersEndListener implements ExecutionListener {

  private final RoutineLettersService letters;

  RoutineLettersEndListener(RoutineLettersService letters) {
    this.letters = letters;
  }

  @Override
  public void notify(DelegateExecution execution) {
    letters.end(execution.getProcessInstanceId(), execution.isCanceled());
  }
}

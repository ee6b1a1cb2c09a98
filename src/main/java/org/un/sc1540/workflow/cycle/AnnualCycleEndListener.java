package org.un.sc1540.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a cycle: completed after its last step, or cancelled in Cockpit (which frees its year). */
@Component
public class AnnualCycleEndListener implements ExecutionListener {

  private final AnnualCycleService cycles;

  AnnualCycleEndListener(AnnualCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    cycles.end(execution.getProcessInstanceId(), execution.isCanceled());
  }
}

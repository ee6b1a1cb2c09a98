package org.un.sc1540.workflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (end) of the whole cycle: a cycle deleted in Cockpit shows as cancelled in
 * the cycle register instead of running for ever; a reported cycle is left as it is.
 */
@Component
public class CycleEndListener implements ExecutionListener {

  private final ReminderCycleService cycles;

  CycleEndListener(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    cycles.ended(execution.getProcessInstanceId());
  }
}

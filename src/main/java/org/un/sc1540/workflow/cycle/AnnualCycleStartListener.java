package org.un.sc1540.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a year's cycle: the service decides (coordinators only, one cycle per year, this year or
 * the next); the listener sets the business key {@code CYCLE-<year>} and keeps the year as an Integer.
 */
@Component
public class AnnualCycleStartListener implements ExecutionListener {

  private final AnnualCycleService cycles;

  AnnualCycleStartListener(AnnualCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = cycles.open(execution.getProcessInstanceId(), execution.getVariable(AnnualCycleProcess.YEAR),
        execution.getProcessBusinessKey());
    execution.setProcessBusinessKey(AnnualCycleProcess.businessKey(year));
    execution.setVariable(AnnualCycleProcess.YEAR, year);
  }
}

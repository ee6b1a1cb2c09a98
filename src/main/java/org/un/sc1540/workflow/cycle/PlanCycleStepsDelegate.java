package org.un.sc1540.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/** Copies the year's steps into the cycle's table; the multi-instance body then takes them from there. */
@Component
public class PlanCycleStepsDelegate implements JavaDelegate {

  private final AnnualCycleService cycles;

  PlanCycleStepsDelegate(AnnualCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.plan(Vars.of(execution).year(AnnualCycleProcess.YEAR));
  }
}

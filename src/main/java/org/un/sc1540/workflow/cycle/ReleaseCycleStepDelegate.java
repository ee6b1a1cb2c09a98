package org.un.sc1540.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/** Releases a step at its date; the flag {@code linked} says that another process of the year holds it. */
@Component
public class ReleaseCycleStepDelegate implements JavaDelegate {

  private final AnnualCycleService cycles;

  ReleaseCycleStepDelegate(AnnualCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String linkedTo = cycles.release(Vars.of(execution).year(AnnualCycleProcess.YEAR),
        (String) execution.getVariable(AnnualCycleProcess.STEP_ID));
    execution.setVariableLocal(AnnualCycleProcess.LINKED, linkedTo != null);
  }
}

package org.un.sc1540.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/** After the year's routine letters were sent: the cycle's March step is DONE with their outcome. */
@Component
public class RecordRoutineLettersSentDelegate implements JavaDelegate {

  private final AnnualCycleService cycles;

  RecordRoutineLettersSentDelegate(AnnualCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.recordRoutineLettersSent(Vars.of(execution).year(AnnualCycleProcess.YEAR));
  }
}

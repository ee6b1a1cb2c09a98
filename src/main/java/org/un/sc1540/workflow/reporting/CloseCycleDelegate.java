package org.un.sc1540.workflow.reporting;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the cycle's outcome: the report date and the days from the first note to it. */
@Component
public class CloseCycleDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  CloseCycleDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.reported(execution.getProcessInstanceId(),
        LocalDate.parse((String) execution.getVariable(FirstReportReminderProcess.FIRST_REPORT_ON)));
  }
}

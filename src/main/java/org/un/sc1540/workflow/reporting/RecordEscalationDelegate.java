package org.un.sc1540.workflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the cycle escalated: the coordinators' meeting and the offer of assistance come once a cycle. */
@Component
public class RecordEscalationDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  RecordEscalationDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.escalated(execution.getProcessInstanceId());
  }
}

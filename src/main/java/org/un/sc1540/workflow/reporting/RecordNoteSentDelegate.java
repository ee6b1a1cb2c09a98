package org.un.sc1540.workflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.notification.SendLetterDelegate;

/**
 * After a note went out: the cycle register counts it, from the correspondence register. The
 * letter's symbol and date, which the send task leaves on the instance, are the register's facts,
 * not the process's.
 */
@Component
public class RecordNoteSentDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  RecordNoteSentDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.noteSent(execution.getProcessInstanceId(), FirstReportReminderProcess.TASK_SEND_NOTE);
    execution.getProcessInstance().removeVariable(SendLetterDelegate.LETTER_SYMBOL);
    execution.getProcessInstance().removeVariable(SendLetterDelegate.LETTER_DATE);
  }
}

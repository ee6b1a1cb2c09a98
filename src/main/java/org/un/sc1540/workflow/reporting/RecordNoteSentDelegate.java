package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.LAST_NOTE_SYMBOL;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MENTION_ASSISTANCE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.NOTES_SENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.notification.SendLetterDelegate;

/**
 * After a note went out: counts it. The counter changes only here, after the send, so that a
 * retried send job asks for the same letter (letterOccurrence) and is not sent twice.
 */
@Component
public class RecordNoteSentDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  RecordNoteSentDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String symbol = (String) execution.getVariable(SendLetterDelegate.LETTER_SYMBOL);
    cycles.noteSent(execution.getProcessInstanceId(), (String) execution.getVariable(SendLetterDelegate.LETTER_DATE),
        symbol, Boolean.TRUE.equals(execution.getVariable(MENTION_ASSISTANCE)));
    execution.setVariable(NOTES_SENT, ((Number) execution.getVariable(NOTES_SENT)).intValue() + 1);
    execution.setVariable(LAST_NOTE_SYMBOL, symbol);
  }
}

package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.CAMPAIGN_YEAR;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ESCALATED;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.LAST_NOTE_SYMBOL;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MENTION_ASSISTANCE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.NOTES_SENT;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First step of a cycle: refuses a cycle that must not run, registers it, sets its counters. */
@Component
public class OpenCycleDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  OpenCycleDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object year = execution.getVariable(CAMPAIGN_YEAR);
    if (year != null && !(year instanceof Number)) {
      throw new BadUserRequestException("campaignYear must be a number, not '" + year + "'");
    }
    Integer campaignYear = year == null ? null : ((Number) year).intValue();
    String code = cycles.open(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        execution.getVariable(STATE_CODE), campaignYear);
    // Cockpit finds a State's cycle by its business key: the State's code.
    execution.setProcessBusinessKey(code);
    execution.setVariable(STATE_CODE, code);
    execution.setVariable(NOTES_SENT, 0);
    // Empty, not null: letter parameters may not be null, and the first note refers to no earlier one.
    execution.setVariable(LAST_NOTE_SYMBOL, "");
    execution.setVariable(ESCALATED, false);
    execution.setVariable(MENTION_ASSISTANCE, false);
  }
}

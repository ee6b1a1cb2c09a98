package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.FIRST_REPORT_ON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REPORT_RECEIVED_ON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REPORT_REFERENCE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step after the report arrived, in the transaction of the message correlation: a bad date
 * refuses the correlation itself (400 over REST), and the registry never lags behind the cycle.
 */
@Component
public class RecordFirstReportDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  RecordFirstReportDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate firstReportOn = cycles.recordFirstReport((String) execution.getVariable(STATE_CODE),
        execution.getVariable(REPORT_RECEIVED_ON), execution.getVariable(REPORT_REFERENCE));
    execution.setVariable(FIRST_REPORT_ON, firstReportOn.toString());
  }
}

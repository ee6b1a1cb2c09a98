package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REPORT_RECEIVED_ON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REPORT_REFERENCE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/**
 * First step after the report arrived, in the transaction of the message correlation: a bad date
 * refuses the correlation itself (400 over REST), and the registry never lags behind the cycle.
 * The message's date and reference become the registry's and the register's facts; the process
 * keeps neither.
 */
@Component
public class RecordFirstReportDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  RecordFirstReportDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars message = Vars.of(execution);
    cycles.reportArrived(execution.getProcessInstanceId(), message.stateCode(STATE_CODE),
        message.optionalDate(REPORT_RECEIVED_ON), message.optionalText(REPORT_REFERENCE, NationalReports.MAX_REFERENCE));
    execution.removeVariable(REPORT_RECEIVED_ON);
    execution.removeVariable(REPORT_REFERENCE);
  }
}

package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Execution listener (start) of "Send note verbale", run inside the send job just before the
 * letter is composed: no reminder goes out once the registry holds the State's first report.
 *
 * <p>A report that arrives as the message while the job waits cancels the job with the whole
 * outreach sub-process. This check covers what the cancellation cannot: a job already running when
 * the message was correlated (its transaction will fail on commit, but a mail sent before then
 * would be out), and a report recorded in the registry without the message.
 */
@Component
public class ReportStillDueCheck implements ExecutionListener {

  private final RegistryService registry;

  ReportStillDueCheck(RegistryService registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String stateCode = (String) execution.getVariable(STATE_CODE);
    Optional<LocalDate> firstReport = registry.firstReportDate(stateCode);
    if (firstReport.isPresent()) {
      throw new BpmnError(FirstReportReminderProcess.ERROR_REPORT_ALREADY_RECORDED, "The registry holds the first "
          + "national report of " + stateCode + " (received " + firstReport.get() + "); no reminder is sent");
    }
  }
}

package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Opens the quarterly update on the quarter just ended (PoW §9(h)): its year and quarter are the
 * instance's keys and business key ({@code ASSIST-UPDATE-2027-Q1}); the report itself is computed
 * from the register whenever it is opened.
 */
@Component
public class OpenQuarterlyUpdateDelegate implements JavaDelegate {

  private final AssistanceReport reports;
  private final CommitteeClock clock;

  OpenQuarterlyUpdateDelegate(AssistanceReport reports, CommitteeClock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate previous = clock.today().minusMonths(3);
    int year = previous.getYear();
    int quarter = (previous.getMonthValue() - 1) / 3 + 1;
    execution.setVariable(AssistanceQuarterlyUpdateProcess.REPORT_YEAR, year);
    execution.setVariable(AssistanceQuarterlyUpdateProcess.REPORT_QUARTER, quarter);
    execution.setProcessBusinessKey(AssistanceQuarterlyUpdateProcess.businessKey(year, quarter));
    reports.opened(year, quarter, execution.getProcessInstanceId());
  }
}

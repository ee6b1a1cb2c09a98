package org.un.sc1540.workflow.routine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.reporting.NonReportingStatesProcess;

/**
 * Start of a year's routine letters: the service decides (secretariat, coordinators or the annual
 * cycle; one run per year); the listener sets the business key {@code ROUTINE-<year>} and keeps the
 * year as an Integer.
 */
@Component
public class RoutineLettersStartListener implements ExecutionListener {

  private final RoutineLettersService letters;

  RoutineLettersStartListener(RoutineLettersService letters) {
    this.letters = letters;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = letters.open(execution.getProcessInstanceId(), execution.getVariable(RoutineLettersProcess.YEAR),
        execution.getProcessBusinessKey());
    letters.checkCampaignStates(execution.getVariable(NonReportingStatesProcess.STATE_CODES));
    execution.setProcessBusinessKey(RoutineLettersProcess.businessKey(year));
    execution.setVariable(RoutineLettersProcess.YEAR, year);
  }
}

package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.CAMPAIGN_YEAR;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.input.Vars;

/**
 * First step of a cycle: the cycle register takes it (or refuses it), and the process keeps only
 * the State's code. The campaign year goes into the register, not the process.
 */
@Component
public class OpenCycleDelegate implements JavaDelegate {

  private final ReminderCycleService cycles;

  OpenCycleDelegate(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    if (!vars.has(STATE_CODE)) {
      throw Refused.badRequest("A reminder cycle needs the variable 'stateCode': the State's ISO 3166-1 alpha-3 "
          + "code, e.g. \"FRA\"");
    }
    Integer campaignYear = vars.optionalInteger(CAMPAIGN_YEAR, Inputs.FIRST_YEAR, Inputs.LAST_YEAR);
    String code = cycles.open(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        vars.stateCode(STATE_CODE), campaignYear);
    // Cockpit finds a State's cycle by its business key: the State's code.
    execution.setProcessBusinessKey(code);
    execution.setVariable(STATE_CODE, code);
    execution.removeVariable(CAMPAIGN_YEAR);
  }
}

package org.un.sc1540.workflow.routine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Vars;

/** A point of contact confirmed, recorded from the start form in the start's transaction (a refusal refuses the start). */
@Component
public class RecordPocConfirmationDelegate implements JavaDelegate {

  private final RoutineLettersService letters;

  RecordPocConfirmationDelegate(RoutineLettersService letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    Object state = execution.getVariable(RoutineLettersProcess.REPLY_STATE_CODE);
    Object organization = execution.getVariable(RoutineLettersProcess.REPLY_ORGANIZATION);
    int confirmed = letters.confirmPointsOfContact(Inputs.isBlank(state) ? null : state.toString().strip(),
        Inputs.isBlank(organization) ? null : organization.toString().strip(),
        vars.optionalDate(RoutineLettersProcess.REPLY_CONFIRMED_ON));
    execution.setVariable(RoutineLettersProcess.REPLY_CONFIRMED, confirmed);
  }
}

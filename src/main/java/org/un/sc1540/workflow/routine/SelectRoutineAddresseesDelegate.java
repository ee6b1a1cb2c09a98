package org.un.sc1540.workflow.routine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/** Chooses every letter type's addressees by the rules, into routine_letter_addressee. */
@Component
public class SelectRoutineAddresseesDelegate implements JavaDelegate {

  private final RoutineLettersService letters;

  SelectRoutineAddresseesDelegate(RoutineLettersService letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.select(Vars.of(execution).year(RoutineLettersProcess.YEAR));
  }
}

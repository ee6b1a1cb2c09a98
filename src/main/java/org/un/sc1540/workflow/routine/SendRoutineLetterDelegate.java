package org.un.sc1540.workflow.routine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.ExternalSideEffect;

/**
 * Sends one routine letter (one instance of the send task per addressee, each its own job): the
 * addressee row's id in, the notification service's keyed, idempotent send out.
 */
@Component
@ExternalSideEffect
public class SendRoutineLetterDelegate implements JavaDelegate {

  private final RoutineLettersService letters;

  SendRoutineLetterDelegate(RoutineLettersService letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(RoutineLettersProcess.ADDRESSEE_ID);
    letters.send(((Number) id).longValue(), execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        execution.getProcessBusinessKey());
  }
}

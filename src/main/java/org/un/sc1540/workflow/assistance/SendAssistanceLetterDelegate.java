package org.un.sc1540.workflow.assistance;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.ExternalSideEffect;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.notification.UndeliverableLetterException;

/**
 * Sends the request's letters of one kind, named by the task's input parameter {@code letterType}
 * (e.g. {@code ASSISTANCE_REQUEST_CIRCULATION}: one letter to each provider chosen). A letter to
 * the requesting State, or to the matched provider, without an address raises the BPMN error
 * {@code LETTER_UNDELIVERABLE}; an SMTP failure throws, so the job retries.
 */
@Component
@ExternalSideEffect
public class SendAssistanceLetterDelegate implements JavaDelegate {

  static final String LETTER_TYPE = "letterType";

  private final AssistanceLetters letters;

  SendAssistanceLetterDelegate(AssistanceLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LetterType type = Vars.of(execution).choice(LETTER_TYPE, LetterType.class);
    try {
      letters.send(AssistanceFlow.requestId(execution), type,
          new AssistanceLetters.Origin(execution.getProcessInstanceId(), execution.getCurrentActivityId()));
    } catch (UndeliverableLetterException e) {
      throw new BpmnError(UndeliverableLetterException.ERROR_CODE, e.getMessage());
    }
  }
}

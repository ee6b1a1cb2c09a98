package org.un.sc1540.workflow.notification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.ExternalSideEffect;

/**
 * Sends one letter from a BPMN service task:
 *
 * <pre>{@code
 * <bpmn:serviceTask id="Task_SendNoteVerbale" camunda:asyncBefore="true"
 *     camunda:delegateExpression="${sendLetterDelegate}">
 *   <bpmn:extensionElements>
 *     <camunda:failedJobRetryTimeCycle>${letterRetry.cycle}</camunda:failedJobRetryTimeCycle>
 *     <camunda:inputOutput>
 *       <camunda:inputParameter name="letterType">FIRST_REPORT_REMINDER</camunda:inputParameter>
 *       <camunda:inputParameter name="letterOccurrence">${notesSent + 1}</camunda:inputParameter>
 *       <camunda:inputParameter name="reminderNumber">${notesSent + 1}</camunda:inputParameter>
 *     </camunda:inputOutput>
 * }</pre>
 *
 * The State is the process variable {@code stateCode}. Every other input parameter of the task is
 * handed to the letter's template as {@code p.<name>}. A State with no valid address raises the
 * BPMN error {@code LETTER_UNDELIVERABLE}; an SMTP failure throws, so the job retries.
 * Afterwards the process variables {@code letterSymbol} and {@code letterDate} hold the letter's
 * symbol and date (ISO).
 */
@Component
@ExternalSideEffect
public class SendLetterDelegate implements JavaDelegate {

  public static final String STATE_CODE = "stateCode";
  public static final String LETTER_TYPE = "letterType";
  public static final String LETTER_OCCURRENCE = "letterOccurrence";
  public static final String LETTER_SYMBOL = "letterSymbol";
  public static final String LETTER_DATE = "letterDate";

  private final NotificationService notifications;

  SendLetterDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object type = execution.getVariableLocal(LETTER_TYPE);
    if (type == null) {
      throw new IllegalStateException("Service task " + execution.getCurrentActivityId()
          + " has no input parameter '" + LETTER_TYPE + "'");
    }
    Object occurrence = execution.getVariableLocal(LETTER_OCCURRENCE);
    Map<String, Object> parameters = new HashMap<>(execution.getVariablesLocal());
    parameters.remove(LETTER_TYPE);
    parameters.remove(LETTER_OCCURRENCE);
    LetterRequest request = new LetterRequest(
        (String) execution.getVariable(STATE_CODE),
        LetterType.valueOf(type.toString()),
        execution.getProcessInstanceId(),
        execution.getCurrentActivityId(),
        occurrence == null ? 1 : ((Number) occurrence).intValue(),
        execution.getProcessBusinessKey(),
        parameters);
    Letter letter;
    try {
      letter = notifications.send(request);
    } catch (UndeliverableLetterException e) {
      throw new BpmnError(UndeliverableLetterException.ERROR_CODE, e.getMessage());
    }
    // On the process instance, not the task's input/output scope, where they would be dropped.
    execution.getProcessInstance().setVariable(LETTER_SYMBOL, letter.symbol());
    execution.getProcessInstance().setVariable(LETTER_DATE, letter.letterDate().toString());
  }
}

package org.un.sc1540.workflow.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Test-only step after the letter is sent in LetterTestProcess: fails as often as the variable
 * {@code failuresAfterSend} says, rolling back the job's transaction after the SMTP server has
 * accepted the letter, which is how a job comes to run twice for the same letter.
 */
@Component
public class LetterTestHook implements JavaDelegate {

  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  @Override
  public void execute(DelegateExecution execution) {
    Object wanted = execution.getVariable("failuresAfterSend");
    int failuresWanted = wanted == null ? 0 : ((Number) wanted).intValue();
    int failed = failures.merge(execution.getProcessInstanceId(), 1, Integer::sum) - 1;
    if (failed < failuresWanted) {
      throw new IllegalStateException("Simulated failure after the letter was sent (" + (failed + 1) + ")");
    }
  }
}

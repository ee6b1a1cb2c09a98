package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ASSISTANCE_NOTES;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ASSISTANCE_OUTCOME;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MEETING_NOTES;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MEETING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of the two escalation tasks: keeps their outcome in the cycle register,
 * where the outreach report reads it, also for cycles still running.
 */
@Component
public class EscalationOutcomeListener implements TaskListener {

  private final ReminderCycleService cycles;

  EscalationOutcomeListener(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (FirstReportReminderProcess.TASK_ARRANGE_MEETING.equals(key)) {
      cycles.meetingOutcome(task.getProcessInstanceId(), task.getVariable(MEETING_OUTCOME),
          task.getVariable(MEETING_NOTES));
    } else if (FirstReportReminderProcess.TASK_OFFER_ASSISTANCE.equals(key)) {
      cycles.assistanceOutcome(task.getProcessInstanceId(), task.getVariable(ASSISTANCE_OUTCOME),
          task.getVariable(ASSISTANCE_NOTES));
    } else {
      throw new IllegalStateException("escalationOutcomeListener is for " + FirstReportReminderProcess.TASK_ARRANGE_MEETING
          + " and " + FirstReportReminderProcess.TASK_OFFER_ASSISTANCE + ", not " + key);
    }
  }
}

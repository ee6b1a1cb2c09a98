package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ASSISTANCE_NOTES;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ASSISTANCE_OUTCOME;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MEETING_NOTES;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MEETING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/**
 * Task listener (complete) of the two escalation tasks: their outcome goes into the cycle
 * register, where the outreach report reads it, also for cycles still running.
 */
@Component
public class EscalationOutcomeListener implements TaskListener {

  private final ReminderCycleService cycles;

  EscalationOutcomeListener(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateTask task) {
    Vars form = Vars.of(task);
    String key = task.getTaskDefinitionKey();
    if (FirstReportReminderProcess.TASK_ARRANGE_MEETING.equals(key)) {
      cycles.meetingOutcome(task.getProcessInstanceId(), form.choice(MEETING_OUTCOME, ReminderCycle.MeetingOutcome.class),
          form.optionalText(MEETING_NOTES, ReminderCycleService.MAX_TEXT));
    } else if (FirstReportReminderProcess.TASK_OFFER_ASSISTANCE.equals(key)) {
      cycles.assistanceOutcome(task.getProcessInstanceId(),
          form.choice(ASSISTANCE_OUTCOME, ReminderCycle.AssistanceOutcome.class),
          form.optionalText(ASSISTANCE_NOTES, ReminderCycleService.MAX_TEXT));
    } else {
      throw new IllegalStateException("escalationOutcomeListener is for " + FirstReportReminderProcess.TASK_ARRANGE_MEETING
          + " and " + FirstReportReminderProcess.TASK_OFFER_ASSISTANCE + ", not " + key);
    }
  }
}

package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.HOLD_REASON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) of "Review the note": refuses an incomplete review, counts a hold. */
@Component
public class NoteReviewCheck implements TaskListener {

  private final ReminderCycleService cycles;

  NoteReviewCheck(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateTask task) {
    cycles.reviewed(task.getProcessInstanceId(), task.getVariable(REVIEW_DECISION), task.getVariable(HOLD_REASON),
        task.getVariable(ADDITIONAL_PARAGRAPH));
  }
}

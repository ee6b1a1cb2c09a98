package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH_PLACEMENT;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.HOLD_REASON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REVIEW_DECISION;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.notification.LetterFreeText;

/**
 * Task listener (complete) of "Review the note": refuses an incomplete review, counts a hold, and
 * decides whether the reviewer's paragraph goes in the note or as a marked annex (not in the
 * note's language, unconfirmed).
 */
@Component
public class NoteReviewCheck implements TaskListener {

  private final ReminderCycleService cycles;
  private final LetterFreeText freeText;

  NoteReviewCheck(ReminderCycleService cycles, LetterFreeText freeText) {
    this.cycles = cycles;
    this.freeText = freeText;
  }

  @Override
  public void notify(DelegateTask task) {
    cycles.reviewed(task.getProcessInstanceId(), task.getVariable(REVIEW_DECISION), task.getVariable(HOLD_REASON),
        task.getVariable(ADDITIONAL_PARAGRAPH));
    if (FirstReportReminderProcess.DECISION_SEND.equals(task.getVariable(REVIEW_DECISION))) {
      task.setVariable(ADDITIONAL_PARAGRAPH_PLACEMENT, freeText.placement((String) task.getVariable(STATE_CODE),
          ADDITIONAL_PARAGRAPH, task.getVariable(ADDITIONAL_PARAGRAPH),
          task.getVariable(ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE)).name());
    }
  }
}

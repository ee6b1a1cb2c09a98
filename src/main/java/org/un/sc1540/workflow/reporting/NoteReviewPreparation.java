package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.HOLD_REASON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MISSION_ADDRESS;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.NOTES_SENT;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.NOTE_HISTORY;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.POC_ADDRESSES;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REMINDERS_SO_FAR;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REVIEW_DECISION;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_LANGUAGE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.web.InertText;

/**
 * Task listener (create) of "Review the note": puts what the form shows into plain variables,
 * fresh each time (addresses and notes change between reminders), and clears last time's
 * choices, so that a paragraph written for one note is not sent again unread.
 */
@Component
public class NoteReviewPreparation implements TaskListener {

  private final ReminderCycleService cycles;

  NoteReviewPreparation(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    ReminderCycleService.NoteReview review = cycles.prepareReview(execution.getProcessInstanceId(),
        (String) execution.getVariable(STATE_CODE), ((Number) execution.getVariable(NOTES_SENT)).intValue());
    execution.setVariable(STATE_NAME, review.stateName());
    execution.setVariable(STATE_LANGUAGE, review.stateLanguage());
    // Names and addresses come from imported contacts; the form's text view reads Markdown and HTML.
    execution.setVariable(MISSION_ADDRESS, InertText.forMarkdown(review.missionAddress()));
    execution.setVariable(POC_ADDRESSES, InertText.forMarkdown(review.pocAddresses()));
    execution.setVariable(NOTE_HISTORY, review.noteHistory());
    execution.setVariable(REMINDERS_SO_FAR, review.remindersSoFar());
    execution.setVariable(ADDITIONAL_PARAGRAPH, "");
    execution.setVariable(HOLD_REASON, "");
    execution.setVariable(REVIEW_DECISION, FirstReportReminderProcess.DECISION_SEND);
  }
}

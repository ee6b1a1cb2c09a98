package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.HOLD_REASON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MENTION_ASSISTANCE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REVIEW_DECISION;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.STATE_CODE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.notification.FreeTextPlacement;
import org.un.sc1540.workflow.notification.LetterFreeText;

/**
 * Task listener (complete) of "Review the note": the review's form fields, to the cycle's rules,
 * with where the reviewer's paragraph goes in the note (in its body, or as a marked annex when it
 * is not in the note's language and not confirmed to be).
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
    Vars form = Vars.of(task);
    NoteReview.Decision decision = form.choice(REVIEW_DECISION, NoteReview.Decision.class);
    String paragraph = form.optionalText(ADDITIONAL_PARAGRAPH, ReminderCycleService.MAX_TEXT);
    FreeTextPlacement placement = decision == NoteReview.Decision.SEND && paragraph != null
        ? freeText.placement(form.stateCode(STATE_CODE), ADDITIONAL_PARAGRAPH, paragraph,
            form.raw(ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE))
        : null;
    cycles.noteReviewed(task.getProcessInstanceId(), decision, form.flag(MENTION_ASSISTANCE), paragraph, placement,
        form.optionalText(HOLD_REASON, ReminderCycleService.MAX_TEXT));
  }
}

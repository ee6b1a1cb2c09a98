package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.ADDITIONAL_PARAGRAPH;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.HOLD_REASON;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.MENTION_ASSISTANCE;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/** Task listener (complete) of "Review the note": the review's form fields, to the cycle's rules. */
@Component
public class NoteReviewCheck implements TaskListener {

  private final ReminderCycleService cycles;

  NoteReviewCheck(ReminderCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateTask task) {
    Vars form = Vars.of(task);
    cycles.noteReviewed(task.getProcessInstanceId(), form.choice(REVIEW_DECISION, NoteReview.Decision.class),
        form.flag(MENTION_ASSISTANCE), form.optionalText(ADDITIONAL_PARAGRAPH, ReminderCycleService.MAX_TEXT),
        form.optionalText(HOLD_REASON, ReminderCycleService.MAX_TEXT));
  }
}

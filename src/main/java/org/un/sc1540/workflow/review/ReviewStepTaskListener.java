package org.un.sc1540.workflow.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * The tasks of the review's steps. On create: the task takes the step's label as its name and the
 * Annex II item as its description, and a report task gets the four areas' conclusions to show.
 * On complete: the outcome is checked (a decision or result, and the date it happened; an area's
 * conclusions) and a refused one leaves the task open with the reason.
 */
@Component
public class ReviewStepTaskListener implements TaskListener {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  static final String NOT_YET_DRAWN = "(not drawn up yet)";

  private final ReviewService reviews;
  private final IdentityService identityService;
  private final CommitteeClock clock;

  ReviewStepTaskListener(ReviewService reviews, IdentityService identityService, CommitteeClock clock) {
    this.reviews = reviews;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    int year = ReviewSteps.year(task.getVariable(ComprehensiveReviewProcess.REVIEW_YEAR));
    String stepId = (String) task.getVariable(ComprehensiveReviewProcess.STEP_ID);
    ReviewStep step = reviews.step(year, stepId);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task, step);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completing(task, step);
    }
  }

  private void created(DelegateTask task, ReviewStep step) {
    // The form's fields, declared in the step's own instance (the task's execution): what one group
    // submits in Tasklist never lands in another step's instance or in the review's own variables.
    for (String name : ComprehensiveReviewProcess.OUTCOME_VARIABLES) {
      if (!name.equals(ComprehensiveReviewProcess.CONCLUSIONS) || step.kind() == StepKind.CONCLUSIONS) {
        task.getExecution().setVariableLocal(name, null);
      }
    }
    // The follow task is the only task of a matrix circulation step (the call has none), in every model version.
    if (step.kind() == StepKind.MATRIX_CIRCULATION) {
      String round = ComprehensiveReviewProcess.matrixRoundBusinessKey(step.reviewYear());
      task.setName(reviews.matrixRoundRunning(step.reviewYear())
          ? "Follow the matrix round " + round + " already under way"
          : "Start and follow the matrix round " + round + " with a later comment deadline");
    } else {
      task.setName(step.label());
    }
    String due = step.dueAt().atZone(CommitteeClock.ZONE).format(DAY);
    task.setDescription(step.annexItem() + ". " + step.group().title() + ", " + step.reviewYear()
        + " review; due " + due + ".");
    task.setVariableLocal(ComprehensiveReviewProcess.STEP_LABEL, task.getName());
    task.setVariableLocal(ComprehensiveReviewProcess.STEP_DESCRIPTION, step.annexItem());
    task.setVariableLocal(ComprehensiveReviewProcess.STEP_DUE, due);
    if (step.kind() == StepKind.REPORT) {
      Map<WorkingGroup, String> conclusions = reviews.conclusions(step.reviewYear());
      for (WorkingGroup group : WorkingGroup.values()) {
        if (group.isWorkingGroup()) {
          String text = conclusions.get(group);
          task.setVariableLocal(group.conclusionsVariable(), text == null || text.isBlank() ? NOT_YET_DRAWN : text);
        }
      }
    }
  }

  private void completing(DelegateTask task, ReviewStep step) {
    // Annex II, March is "updated matrices sent to States": followed to the round's covering notes.
    if (step.kind() == StepKind.MATRIX_CIRCULATION && reviews.matrixRoundRunning(step.reviewYear())
        && reviews.coveringNotesSentOn(step.reviewYear()).isEmpty()) {
      throw ReviewRequestException.conflict("The matrix round " + ComprehensiveReviewProcess.matrixRoundBusinessKey(
          step.reviewYear()) + " is still running and has not yet sent every State its covering note; complete this "
          + "step when it has (or when the round has closed)");
    }
    LocalDate date = ReviewInput.optionalDate(ComprehensiveReviewProcess.OUTCOME_DATE,
        task.getVariable(ComprehensiveReviewProcess.OUTCOME_DATE));
    if (date == null) {
      throw ReviewRequestException.badRequest("Give the date of the outcome (outcomeDate), e.g. the day of the "
          + "meeting or of the document");
    }
    LocalDate today = clock.today();
    if (date.isAfter(today)) {
      throw ReviewRequestException.badRequest("The outcome date " + date + " is in the future (today is " + today
          + " in New York)");
    }
    if (date.getYear() < step.reviewYear() - 1) {
      throw ReviewRequestException.badRequest("The outcome date " + date + " is long before the " + step.reviewYear()
          + " review");
    }
    if (ReviewInput.isBlank(task.getVariable(ComprehensiveReviewProcess.DECISION))) {
      throw ReviewRequestException.badRequest("Record the decision or result of \"" + step.label() + "\" (decision)");
    }
    if (step.kind() == StepKind.CONCLUSIONS
        && ReviewInput.isBlank(task.getVariable(ComprehensiveReviewProcess.CONCLUSIONS))) {
      throw ReviewRequestException.badRequest("Write the conclusions and recommendations for "
          + step.group().area() + " (conclusions); the report shows them");
    }
    ReviewInput.optionalText(ComprehensiveReviewProcess.DOCUMENT_REFERENCE,
        task.getVariable(ComprehensiveReviewProcess.DOCUMENT_REFERENCE), 500);
    String user = identityService.getCurrentAuthentication() == null ? task.getAssignee()
        : identityService.getCurrentAuthentication().getUserId();
    // The step's instance (the task's execution), where the form's fields were declared.
    task.getExecution().setVariableLocal(ComprehensiveReviewProcess.COMPLETED_BY, user);
  }
}

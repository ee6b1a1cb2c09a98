package org.un.sc1540.workflow.matrix;

import org.un.sc1540.workflow.notification.LetterFreeText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Vars;

/**
 * The matrix tasks' listener. On create it names the task after its State and its round's year
 * ("Prepare updated matrix — France (FRA), 2027"), so that a Tasklist of 193 States, with a late
 * State of last year's round beside this year's, can be read and sorted. On complete it
 * reads the form's fields (the task's own input parameters) and hands them to the service that
 * decides and writes; a refusal leaves the task open, with its message shown in Tasklist.
 */
@Component
public class MatrixTaskListener implements TaskListener {

  private final MatrixReviewService reviews;
  private final MatrixRoundService rounds;
  private final MatrixView view;
  private final LetterFreeText freeText;

  MatrixTaskListener(MatrixReviewService reviews, MatrixRoundService rounds, MatrixView view, LetterFreeText freeText) {
    this.freeText = freeText;
    this.reviews = reviews;
    this.rounds = rounds;
    this.view = view;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(task.getName() + " — " + subject(task));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completed(task);
    }
  }

  private String subject(DelegateTask task) {
    Vars vars = Vars.of(task);
    if (MatrixCirculation.TASK_POST_MATRICES.equals(task.getTaskDefinitionKey())) {
      return vars.year(MatrixCirculation.REVIEW_YEAR) + " round";
    }
    return view.stateLabel(vars.stateCode(StateMatrixReview.STATE_CODE)) + ", "
        + vars.year(StateMatrixReview.REVIEW_YEAR);
  }

  private void completed(DelegateTask task) {
    Vars vars = Vars.of(task);
    String pi = task.getProcessInstanceId();
    switch (task.getTaskDefinitionKey()) {
      case StateMatrixReview.TASK_PREPARE_MATRIX -> {
        String changes = Inputs.requiredText(StateMatrixReview.CHANGES_SUMMARY + " (what changed since the last approved "
            + "matrix; write 'No changes' if none)", vars.raw(StateMatrixReview.CHANGES_SUMMARY), 2000);
        reviews.prepare(pi,
            vars.text(StateMatrixReview.MATRIX_REFERENCE, 200),
            vars.text(StateMatrixReview.MATRIX_VERSION, 50),
            url(vars, StateMatrixReview.MATRIX_URL),
            changes,
            freeText.placement(vars.stateCode(StateMatrixReview.STATE_CODE), StateMatrixReview.CHANGES_SUMMARY, changes,
                vars.raw(StateMatrixReview.CHANGES_SUMMARY_IN_LETTER_LANGUAGE)));
      }
      case StateMatrixReview.TASK_REVIEW_COMMENTS -> reviews.revise(pi,
          vars.text(StateMatrixReview.MATRIX_VERSION, 50),
          url(vars, StateMatrixReview.MATRIX_URL),
          vars.optionalText(StateMatrixReview.REVISION_SUMMARY, 2000),
          vars.flag(StateMatrixReview.CONSULT_STATE),
          vars.flag(StateMatrixReview.CONSULT_STATE) ? vars.optionalDate(StateMatrixReview.CONSULTATION_DEADLINE) : null);
      case StateMatrixReview.TASK_APPROVE_MATRIX -> {
        MatrixReviewService.Decision decision = vars.choice(StateMatrixReview.APPROVAL_DECISION,
            MatrixReviewService.Decision.class);
        reviews.decide(pi, decision,
            decision == MatrixReviewService.Decision.APPROVED ? vars.optionalDate(StateMatrixReview.APPROVED_ON) : null,
            vars.optionalText(StateMatrixReview.DECISION_REFERENCE, 500));
      }
      case StateMatrixReview.TASK_POST_MATRIX -> reviews.post(pi,
          vars.date(StateMatrixReview.POSTED_ON),
          url(vars, StateMatrixReview.WEBSITE_URL));
      case MatrixCirculation.TASK_POST_MATRICES -> rounds.post(pi,
          vars.optionalDate(MatrixCirculation.CONSIDERED_ON),
          vars.date(MatrixCirculation.POSTED_ON),
          url(vars, MatrixCirculation.WEBSITE_URL),
          vars.optionalText(MatrixCirculation.CARRIED_NOTE, 2000));
      default -> { }
    }
  }

  private static String url(Vars vars, String name) {
    return Inputs.requiredUrl(name, vars.raw(name));
  }
}

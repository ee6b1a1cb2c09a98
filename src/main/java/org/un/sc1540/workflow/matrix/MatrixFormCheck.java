package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.notification.LetterFreeText;

/**
 * Checks what a person entered in a matrix task's form when the task is completed, and refuses
 * the completion with a message Tasklist shows (the task stays open, nothing is written). Also
 * the place where a consultation's deadline becomes the one the wait runs under.
 */
@Component
public class MatrixFormCheck implements TaskListener {

  private final MatrixSchedule schedule;
  private final LetterFreeText freeText;

  MatrixFormCheck(MatrixSchedule schedule, LetterFreeText freeText) {
    this.schedule = schedule;
    this.freeText = freeText;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case StateMatrixReview.TASK_PREPARE_MATRIX -> prepared(task);
      case StateMatrixReview.TASK_REVIEW_COMMENTS -> revised(task);
      case StateMatrixReview.TASK_APPROVE_MATRIX -> decided(task);
      case MatrixCirculation.TASK_POST_MATRICES -> posted(task);
      default -> { }
    }
  }

  private void prepared(DelegateTask task) {
    task.setVariable(StateMatrixReview.MATRIX_REFERENCE, MatrixInput.requiredText(StateMatrixReview.MATRIX_REFERENCE,
        task.getVariable(StateMatrixReview.MATRIX_REFERENCE), 200));
    task.setVariable(StateMatrixReview.MATRIX_VERSION, MatrixInput.requiredText(StateMatrixReview.MATRIX_VERSION,
        task.getVariable(StateMatrixReview.MATRIX_VERSION), 50));
    task.setVariable(StateMatrixReview.MATRIX_URL, MatrixInput.url(StateMatrixReview.MATRIX_URL,
        task.getVariable(StateMatrixReview.MATRIX_URL)));
    task.setVariable(StateMatrixReview.CHANGES_SUMMARY, MatrixInput.requiredText(StateMatrixReview.CHANGES_SUMMARY
        + " (what changed since the last approved matrix; write 'No changes' if none)",
        task.getVariable(StateMatrixReview.CHANGES_SUMMARY), 2000));
    task.setVariable(StateMatrixReview.CHANGES_SUMMARY_PLACEMENT, freeText.placement(
        (String) task.getVariable(StateMatrixReview.STATE_CODE), StateMatrixReview.CHANGES_SUMMARY,
        task.getVariable(StateMatrixReview.CHANGES_SUMMARY),
        task.getVariable(StateMatrixReview.CHANGES_SUMMARY_IN_LETTER_LANGUAGE)).name());
  }

  private void revised(DelegateTask task) {
    task.setVariable(StateMatrixReview.MATRIX_VERSION, MatrixInput.requiredText(StateMatrixReview.MATRIX_VERSION,
        task.getVariable(StateMatrixReview.MATRIX_VERSION), 50));
    task.setVariable(StateMatrixReview.MATRIX_URL, MatrixInput.url(StateMatrixReview.MATRIX_URL,
        task.getVariable(StateMatrixReview.MATRIX_URL)));
    task.setVariable(StateMatrixReview.REVISION_SUMMARY, MatrixInput.optionalText(StateMatrixReview.REVISION_SUMMARY,
        task.getVariable(StateMatrixReview.REVISION_SUMMARY), 2000));
    boolean consult = MatrixInput.flag(task.getVariable(StateMatrixReview.CONSULT_STATE));
    task.setVariable(StateMatrixReview.CONSULT_STATE, consult);
    if (consult) {
      LocalDate deadline = MatrixInput.requiredDate(StateMatrixReview.CONSULTATION_DEADLINE
          + " (the deadline for the State's further comments)", task.getVariable(StateMatrixReview.CONSULTATION_DEADLINE));
      if (!deadline.isAfter(schedule.today())) {
        throw new BadUserRequestException(StateMatrixReview.CONSULTATION_DEADLINE + " " + deadline
            + " must be after today (" + schedule.today() + " in New York)");
      }
      task.setVariable(StateMatrixReview.CONSULTATION_DEADLINE, deadline.toString());
      task.setVariable(StateMatrixReview.COMMENT_DEADLINE, deadline.toString());
      task.setVariable(StateMatrixReview.AWAITING, StateMatrixReview.AWAITING_CONSULTATION);
    }
  }

  private void decided(DelegateTask task) {
    Object decision = task.getVariable(StateMatrixReview.APPROVAL_DECISION);
    if (StateMatrixReview.DECISION_REVISION_REQUESTED.equals(decision)) {
      return;
    }
    if (!StateMatrixReview.DECISION_APPROVED.equals(decision)) {
      throw new BadUserRequestException(StateMatrixReview.APPROVAL_DECISION + " must be "
          + StateMatrixReview.DECISION_APPROVED + " or " + StateMatrixReview.DECISION_REVISION_REQUESTED
          + (decision == null ? "" : ", not '" + decision + "'"));
    }
    LocalDate approvedOn = MatrixInput.requiredDate(StateMatrixReview.APPROVED_ON + " (the day of the Committee's decision)",
        task.getVariable(StateMatrixReview.APPROVED_ON));
    if (approvedOn.isAfter(schedule.today())) {
      throw new BadUserRequestException(StateMatrixReview.APPROVED_ON + " " + approvedOn + " is in the future");
    }
    task.setVariable(StateMatrixReview.APPROVED_ON, approvedOn.toString());
    task.setVariable(StateMatrixReview.DECISION_REFERENCE, MatrixInput.optionalText(StateMatrixReview.DECISION_REFERENCE,
        task.getVariable(StateMatrixReview.DECISION_REFERENCE), 500));
  }

  private void posted(DelegateTask task) {
    LocalDate postedOn = MatrixInput.requiredDate(MatrixCirculation.POSTED_ON, task.getVariable(MatrixCirculation.POSTED_ON));
    task.setVariable(MatrixCirculation.POSTED_ON, postedOn.toString());
    task.setVariable(MatrixCirculation.WEBSITE_URL, MatrixInput.url(MatrixCirculation.WEBSITE_URL,
        task.getVariable(MatrixCirculation.WEBSITE_URL)));
  }
}

package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/**
 * The extension process's one step, within its start: whoever asked (Tasklist) learns at once
 * whether the deadline moved. The service decides who may extend and when.
 */
@Component
public class ExtendStateDeadlineDelegate implements JavaDelegate {

  private final MatrixReviewService reviews;

  ExtendStateDeadlineDelegate(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    MatrixReviewService.Extension extension = reviews.extendDeadline(
        vars.year(MatrixDeadlineExtension.REVIEW_YEAR),
        vars.stateCode(MatrixDeadlineExtension.STATE_CODE),
        vars.date(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE),
        vars.optionalText(MatrixDeadlineExtension.EXTENSION_REASON, 1000));
    // The instance is the extension's record in history: its State as a code, its date as ISO.
    execution.setVariable(MatrixDeadlineExtension.STATE_CODE, extension.stateCode());
    execution.setVariable(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE, extension.commentDeadline().toString());
  }
}

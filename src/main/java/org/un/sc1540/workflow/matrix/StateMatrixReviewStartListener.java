package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/**
 * Start of a State's review: registers it in its round (the calling round's instance; the review's
 * own id when started on its own, as tests do), with the round's deadline and policy unless the
 * start gave its own. The instance keeps only {@code stateCode} and {@code reviewYear}.
 */
@Component
public class StateMatrixReviewStartListener implements ExecutionListener {

  private final MatrixReviewService reviews;

  StateMatrixReviewStartListener(MatrixReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    int year = vars.year(StateMatrixReview.REVIEW_YEAR);
    String state = vars.stateCode(StateMatrixReview.STATE_CODE);
    DelegateExecution caller = execution.getSuperExecution();
    String roundId = caller == null ? execution.getProcessInstanceId() : caller.getProcessInstanceId();
    reviews.open(execution.getProcessInstanceId(), roundId, year, state,
        vars.optionalDate(StateMatrixReview.COMMENT_DEADLINE),
        vars.has(StateMatrixReview.NO_REPLY_POLICY)
            ? vars.choice(StateMatrixReview.NO_REPLY_POLICY, MatrixProperties.NoReplyPolicy.class) : null);
    execution.setVariable(StateMatrixReview.REVIEW_YEAR, year);
    execution.setVariable(StateMatrixReview.STATE_CODE, state);
    execution.removeVariable(StateMatrixReview.COMMENT_DEADLINE);
    execution.removeVariable(StateMatrixReview.NO_REPLY_POLICY);
  }
}

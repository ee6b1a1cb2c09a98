package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.notification.LetterFreeText;

/**
 * Start of a State's review: registers the State in the round and sets the variables the model
 * reads (what the wait awaits, the reminder not yet sent, no consultation yet), with the
 * suggested matrix reference and version the experts' form shows.
 */
@Component
public class StateMatrixReviewStartListener implements ExecutionListener {

  private final MatrixReviewService reviews;
  private final MatrixProperties properties;
  private final LetterFreeText freeText;

  StateMatrixReviewStartListener(MatrixReviewService reviews, MatrixProperties properties, LetterFreeText freeText) {
    this.reviews = reviews;
    this.properties = properties;
    this.freeText = freeText;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = MatrixInput.reviewYear(execution.getVariable(StateMatrixReview.REVIEW_YEAR));
    String state = MatrixInput.requiredText(StateMatrixReview.STATE_CODE, execution.getVariable(StateMatrixReview.STATE_CODE), 3);
    LocalDate deadline = MatrixInput.optionalDate(StateMatrixReview.COMMENT_DEADLINE,
        execution.getVariable(StateMatrixReview.COMMENT_DEADLINE));
    if (deadline == null) {
      deadline = properties.defaultCommentDeadline(year);
    }
    Object round = execution.getVariable(StateMatrixReview.ROUND_ID);
    String roundId = round == null ? execution.getProcessInstanceId() : round.toString();
    reviews.register(execution.getProcessInstanceId(), roundId, year, state, deadline);

    execution.setVariable(StateMatrixReview.REVIEW_YEAR, year);
    execution.setVariable(StateMatrixReview.COMMENT_DEADLINE, deadline.toString());
    execution.setVariable(StateMatrixReview.ROUND_ID, roundId);
    if (execution.getVariable(StateMatrixReview.NO_REPLY_POLICY) == null) {
      execution.setVariable(StateMatrixReview.NO_REPLY_POLICY, properties.noReplyPolicy().name());
    }
    execution.setVariable(StateMatrixReview.AWAITING, StateMatrixReview.AWAITING_CIRCULATION);
    execution.setVariable(StateMatrixReview.REMINDER_SENT, false);
    execution.setVariable(StateMatrixReview.CONSULTATIONS_SENT, 0);
    execution.setVariable(StateMatrixReview.CONSULT_STATE, false);
    execution.setVariable(StateMatrixReview.MATRIX_REFERENCE, StateMatrixReview.businessKey(year, state));
    execution.setVariable(StateMatrixReview.MATRIX_VERSION, year + ".1");
    execution.setVariable(StateMatrixReview.EARLIER_LATE_COMMENTS, reviews.earlierLateComments(state, year));
    execution.setVariable(StateMatrixReview.LETTER_LANGUAGE, freeText.languageLabel(state));
  }
}

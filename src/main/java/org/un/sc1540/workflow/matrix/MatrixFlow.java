package org.un.sc1540.workflow.matrix;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the matrix processes' gateways and conditional events ask, answered from the tables
 * ({@code ${matrixFlow.commentsPending(execution)}}): the facts stay in one place, and the
 * instances carry no copies of them.
 */
@Component
public class MatrixFlow {

  private final MatrixReviewService reviews;
  private final MatrixCommentsService comments;
  private final MatrixRoundService rounds;

  MatrixFlow(MatrixReviewService reviews, MatrixCommentsService comments, MatrixRoundService rounds) {
    this.reviews = reviews;
    this.comments = comments;
    this.rounds = rounds;
  }

  /** Comments stored that the review has not taken up yet (whenever they came). */
  public boolean commentsPending(DelegateExecution execution) {
    return comments.pending(execution.getProcessInstanceId());
  }

  /** The experts sent the revision back to the State for further comments. */
  public boolean consulting(DelegateExecution execution) {
    return review(execution).stage() == MatrixStage.CONSULTING;
  }

  /** The deadline that passed was a consultation's (further comments), not the circulation's. */
  public boolean onConsultation(DelegateExecution execution) {
    return review(execution).onConsultation();
  }

  /** Under the TACIT_APPROVAL policy a matrix nobody commented on is approved as circulated. */
  public boolean tacitApproval(DelegateExecution execution) {
    return review(execution).noReplyPolicy() == MatrixProperties.NoReplyPolicy.TACIT_APPROVAL;
  }

  /** The Committee approved the matrix (otherwise it asked the experts to revise it). */
  public boolean approved(DelegateExecution execution) {
    return review(execution).stage() == MatrixStage.APPROVED;
  }

  /** Approved after the round's June posting: the matrix is posted on its own. */
  public boolean toPostOnItsOwn(DelegateExecution execution) {
    return reviews.toPostOnItsOwn(execution.getProcessInstanceId());
  }

  /** The States of the round, each a review (the round's multi-instance collection). */
  public List<String> roundStates(DelegateExecution execution) {
    return rounds.stateCodes(execution.getProcessInstanceId());
  }

  /** Every State's review of the round has ended. */
  public boolean allReviewsEnded(DelegateExecution execution) {
    return rounds.allReviewsEnded(execution.getProcessInstanceId());
  }

  /** The comments were recorded by a person in Tasklist (who is shown the outcome), not by a message. */
  public boolean recordedInTasklist(DelegateExecution execution) {
    return execution.getVariable(MatrixCommentsRecording.RECORDED_BY) != null;
  }

  private StateMatrixStatus review(DelegateExecution execution) {
    return reviews.review(execution.getProcessInstanceId());
  }
}

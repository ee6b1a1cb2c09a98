package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Moves a review step from Tasklist. Runs in the start's transaction: a refused move (not a
 * coordinator, a step already released, a month after the report) starts nothing, and Tasklist
 * shows why.
 */
@Component
public class MoveReviewStepDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final IdentityService identityService;

  MoveReviewStepDelegate(ReviewService reviews, IdentityService identityService) {
    this.reviews = reviews;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ReviewSteps.year(execution.getVariable(MoveReviewStepProcess.REVIEW_YEAR));
    Object stepId = execution.getVariable(MoveReviewStepProcess.STEP_ID);
    if (ReviewInput.isBlank(stepId)) {
      throw ReviewRequestException.badRequest("Choose the step to move");
    }
    ReviewService.Move move = reviews.move(year, stepId.toString().strip(),
        execution.getVariable(MoveReviewStepProcess.MONTH), execution.getVariable(MoveReviewStepProcess.REASON),
        ReviewStartListener.requester(identityService));
    execution.setProcessBusinessKey(ComprehensiveReviewProcess.stepBusinessKey(year, move.step().stepId()));
    execution.setVariable(MoveReviewStepProcess.RELEASE_DATE,
        move.step().releaseAt().atZone(CommitteeClock.ZONE).toOffsetDateTime().toString());
    execution.setVariable(MoveReviewStepProcess.DUE_DATE,
        move.step().dueAt().atZone(CommitteeClock.ZONE).toOffsetDateTime().toString());
  }
}

package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Marks an "if necessary" review step not needed from Tasklist. Runs in the start's transaction:
 * a refused mark (not a coordinator, a step that is not "if necessary", no reason, a step already
 * done) starts nothing, and Tasklist shows why.
 */
@Component
public class MarkReviewStepNotNeededDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final IdentityService identityService;

  MarkReviewStepNotNeededDelegate(ReviewService reviews, IdentityService identityService) {
    this.reviews = reviews;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ReviewSteps.year(execution.getVariable(MarkReviewStepNotNeededProcess.REVIEW_YEAR));
    Object stepId = execution.getVariable(MarkReviewStepNotNeededProcess.STEP_ID);
    if (ReviewInput.isBlank(stepId)) {
      throw ReviewRequestException.badRequest("Choose the step that is not needed");
    }
    ReviewStep step = reviews.markNotNeeded(year, stepId.toString().strip(),
        execution.getVariable(MarkReviewStepNotNeededProcess.REASON), ReviewStartListener.requester(identityService));
    execution.setProcessBusinessKey(ComprehensiveReviewProcess.stepBusinessKey(year, step.stepId()));
    execution.setVariable(MarkReviewStepNotNeededProcess.OUTCOME, "\"" + step.label() + "\" (" + step.stepId()
        + ") of the " + year + " review is marked not needed.\n\nReason: " + step.notNeededReason()
        + "\n\nIts task, if it had one, has gone; the reason is its outcome in the review's status, and the "
        + "report's adoption does not wait for it.");
  }
}

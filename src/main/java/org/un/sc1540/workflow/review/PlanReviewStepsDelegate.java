package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Copies the schedule's steps into the review and starts a ReviewStepProcess for every step with
 * work of its own; the review then waits for the last of them.
 */
@Component
public class PlanReviewStepsDelegate implements JavaDelegate {

  private final ReviewService reviews;

  PlanReviewStepsDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ReviewSteps.year(execution.getVariable(ComprehensiveReviewProcess.REVIEW_YEAR));
    reviews.plan(year);
    reviews.startSteps(year);
  }
}

package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Copies the schedule's steps into the review; the five tracks then take their steps from there. */
@Component
public class PlanReviewStepsDelegate implements JavaDelegate {

  private final ReviewService reviews;

  PlanReviewStepsDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.plan(ReviewSteps.year(execution.getVariable(ComprehensiveReviewProcess.REVIEW_YEAR)));
  }
}

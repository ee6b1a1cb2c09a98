package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A step's month has begun: records the release, and the step's kind for the gateway that follows. */
@Component
public class ReleaseReviewStepDelegate implements JavaDelegate {

  private final ReviewService reviews;

  ReleaseReviewStepDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ReviewSteps.year(execution.getVariable(ComprehensiveReviewProcess.REVIEW_YEAR));
    String stepId = (String) execution.getVariable(ComprehensiveReviewProcess.STEP_ID);
    ReviewStep step = reviews.release(year, stepId);
    execution.setVariableLocal(ComprehensiveReviewProcess.STEP_KIND, step.kind().name());
  }
}

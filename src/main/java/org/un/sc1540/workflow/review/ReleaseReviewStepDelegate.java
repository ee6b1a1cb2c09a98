package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A step's month has begun: records the release and declares the step's variables local to its
 * instance, so that the outcome one group submits in Tasklist never lands in another step's
 * instance or in the review's own variables.
 */
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
    for (String name : ComprehensiveReviewProcess.OUTCOME_VARIABLES) {
      execution.setVariableLocal(name, null);
    }
    execution.setVariableLocal(ComprehensiveReviewProcess.COMPLETED_BY, null);
  }
}

package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of a step's ReviewStepProcess. A step that ends by its model has recorded its outcome
 * already; one cancelled in Cockpit on its own (not with its review) is recorded as cancelled,
 * so that the steps waiting for it and the review do not wait for it forever.
 */
@Component
public class ReviewStepEndListener implements ExecutionListener {

  private final ReviewService reviews;

  ReviewStepEndListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      int year = ReviewSteps.year(execution.getVariable(ComprehensiveReviewProcess.REVIEW_YEAR));
      String stepId = (String) execution.getVariable(ComprehensiveReviewProcess.STEP_ID);
      reviews.stepCancelled(year, stepId, execution.getProcessInstanceId());
    }
  }
}

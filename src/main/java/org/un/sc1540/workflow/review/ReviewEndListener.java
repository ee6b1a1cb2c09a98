package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a review: completed after its last step, or cancelled in Cockpit (which frees its year). */
@Component
public class ReviewEndListener implements ExecutionListener {

  private final ReviewService reviews;

  ReviewEndListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    reviews.end(execution.getProcessInstanceId(), execution.isCanceled());
  }
}

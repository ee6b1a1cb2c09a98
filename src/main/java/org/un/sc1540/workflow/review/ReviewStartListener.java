package org.un.sc1540.workflow.review;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of a review: checks the start variables, applies their defaults, sets the business key
 * {@code REVIEW-<year>} and opens the review, or refuses the start with a message Tasklist shows
 * (one review per year, a year out of range, a report due date outside October to December or
 * later than resolution 2663 (2022), paragraph 3 allows).
 */
@Component
public class ReviewStartListener implements ExecutionListener {

  private final ReviewService reviews;
  private final IdentityService identityService;

  ReviewStartListener(ReviewService reviews, IdentityService identityService) {
    this.reviews = reviews;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ReviewService.Requester requester = requester(identityService);
    if (!reviews.maySteer(requester)) {
      throw ReviewRequestException.forbidden("Only coordinators start a comprehensive review; " + requester.userId()
          + " is not one of them");
    }
    ReviewService.ReviewStart start = reviews.check(
        execution.getVariable(ComprehensiveReviewProcess.REVIEW_YEAR),
        execution.getVariable(ComprehensiveReviewProcess.REPORT_DUE_DATE),
        execution.getVariable(ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL),
        execution.getVariable(ComprehensiveReviewProcess.STATE_CODES),
        execution.getVariable(ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE));
    String businessKey = ComprehensiveReviewProcess.businessKey(start.reviewYear());
    String given = execution.getProcessBusinessKey();
    if (given != null && !given.isBlank() && !given.equals(businessKey)) {
      throw ReviewRequestException.badRequest("The business key of the " + start.reviewYear() + " review is "
          + businessKey + ", not '" + given + "'; leave it empty");
    }
    execution.setProcessBusinessKey(businessKey);
    reviews.open(execution.getProcessInstanceId(), start, requester);

    execution.setVariable(ComprehensiveReviewProcess.REVIEW_YEAR, start.reviewYear());
    execution.setVariable(ComprehensiveReviewProcess.REPORT_DUE_DATE, start.reportDueDate().toString());
    execution.setVariable(ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL, start.precedesMandateRenewal());
    if (start.stateCodes().isEmpty()) {
      execution.removeVariable(ComprehensiveReviewProcess.STATE_CODES);
    } else {
      execution.setVariable(ComprehensiveReviewProcess.STATE_CODES, ReviewInput.json(start.stateCodes()));
    }
    // The reference is a fact of the review, kept in its table; the process needs no copy.
    execution.removeVariable(ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE);
  }

  static ReviewService.Requester requester(IdentityService identityService) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return ReviewService.Requester.ENGINE;
    }
    return new ReviewService.Requester(user.getUserId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }
}

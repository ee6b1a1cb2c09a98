package org.un.sc1540.workflow.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.review.ComprehensiveReviewProcess;
import org.un.sc1540.workflow.review.ReviewService;
import org.un.sc1540.workflow.review.ReviewStatus;
import org.un.sc1540.workflow.review.WorkingGroup;

/**
 * The cycle's read-only view of the year's comprehensive review: whether the review holds a step
 * the cycle would otherwise do, and that step's outcome. It reads only through the review's public
 * service ({@link ReviewService#status}), never writing to it.
 */
@Component
class ReviewLink {

  /** The review's step that is the Chair's first-quarter briefing to the Council (Annex II, March). */
  static final String COUNCIL_BRIEFING = "MAR_COUNCIL_PRESS_BRIEFING";

  /** A linked step's outcome, as the review recorded it. */
  record Outcome(OffsetDateTime completedAt, String completedBy, LocalDate outcomeDate, String documentReference,
      String decision) {}

  private final ReviewService reviews;

  ReviewLink(ReviewService reviews) {
    this.reviews = reviews;
  }

  /** Where the year's review holds the Chair's briefing ("REVIEW-2027 MAR_COUNCIL_PRESS_BRIEFING"), or null. */
  String councilBriefing(int year) {
    return reviews.stepIds(year, WorkingGroup.COMMITTEE).contains(COUNCIL_BRIEFING)
        ? ComprehensiveReviewProcess.businessKey(year) + " " + COUNCIL_BRIEFING : null;
  }

  /** The outcome of a linked review step, once the review recorded it. */
  Optional<Outcome> outcome(int year, String linkedTo) {
    if (linkedTo == null || !linkedTo.startsWith(ComprehensiveReviewProcess.businessKey(year) + " ")) {
      return Optional.empty();
    }
    String stepId = linkedTo.substring(linkedTo.indexOf(' ') + 1);
    ReviewStatus status;
    try {
      status = reviews.status(year);
    } catch (Refused noReview) {
      // The review was cancelled and its year started again without the step: nothing recorded there.
      return Optional.empty();
    }
    return status.steps().stream().filter(step -> stepId.equals(step.stepId()) && step.done()).findFirst()
        .map(step -> new Outcome(step.completedAt(), step.completedBy(), step.outcomeDate(),
            step.documentReference(), step.decision()));
  }
}

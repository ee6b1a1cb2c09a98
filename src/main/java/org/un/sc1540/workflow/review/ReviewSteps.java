package org.un.sc1540.workflow.review;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the review's model asks in its expressions: the steps of a track, a step's release and due
 * date, whether a step's prerequisites are done. Reads only; the answers come from ReviewService.
 */
@Component
public class ReviewSteps {

  private final ReviewService reviews;

  ReviewSteps(ReviewService reviews) {
    this.reviews = reviews;
  }

  /** The collection of a track's multi-instance subprocess: the step ids of one group, in schedule order. */
  public List<String> of(Object reviewYear, String groupId) {
    WorkingGroup group = WorkingGroup.ofGroupId(groupId)
        .orElseThrow(() -> new IllegalArgumentException("No working group " + groupId));
    return reviews.stepIds(year(reviewYear), group);
  }

  public Date releaseDate(Object reviewYear, String stepId) {
    return reviews.releaseDate(year(reviewYear), stepId);
  }

  public Date dueDate(Object reviewYear, String stepId) {
    return reviews.dueDate(year(reviewYear), stepId);
  }

  public boolean prerequisitesDone(Object reviewYear, String stepId) {
    return reviews.prerequisitesDone(year(reviewYear), stepId);
  }

  /**
   * Whether the review follows the year's matrix round instead of starting it: a round runs
   * already, or the comment deadline has passed and a round must be started with a later one.
   */
  public boolean matrixRoundToFollow(Object reviewYear) {
    return reviews.matrixRoundToFollow(year(reviewYear));
  }

  /** A step marked not needed before its instance could be told (the mark is in the review's table). */
  public boolean notNeeded(Object reviewYear, String stepId) {
    return reviews.notNeeded(year(reviewYear), stepId);
  }

  static int year(Object reviewYear) {
    return ReviewInput.requiredInteger(ComprehensiveReviewProcess.REVIEW_YEAR, reviewYear);
  }
}

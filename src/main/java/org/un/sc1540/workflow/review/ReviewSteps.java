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

  /** The review's gateway "Every step done?": every step with an instance done, in the review's table. */
  public boolean allDone(Object reviewYear) {
    return reviews.allStepsDone(year(reviewYear));
  }

  /** The candidate group of a step's task: its working group (Camunda group id), from the review's table. */
  public String group(Object reviewYear, String stepId) {
    return reviews.step(year(reviewYear), stepId).group().groupId();
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


  // For reviews started on versions 1.0.0 (five lanes) and 2.0.0 (one multi-instance subprocess)
  // of the model, which finish on them.

  /**
   * Version 2.0.0: a step marked not needed before its instance (started in a job of its own) could
   * be told; the mark is in the review's table. A ReviewStepProcess subscribes from its start.
   */
  public boolean notNeeded(Object reviewYear, String stepId) {
    return reviews.notNeeded(year(reviewYear), stepId);
  }

  /** Version 2.0.0: the collection of the steps' multi-instance subprocess, in schedule order. */
  public List<String> all(Object reviewYear) {
    return reviews.stepIds(year(reviewYear));
  }

  /** Version 1.0.0: the collection of a lane's multi-instance subprocess, the steps of one group. */
  public List<String> of(Object reviewYear, String groupId) {
    WorkingGroup group = WorkingGroup.ofGroupId(groupId)
        .orElseThrow(() -> new IllegalArgumentException("No working group " + groupId));
    int year = year(reviewYear);
    return reviews.stepIds(year, group).stream()
        .filter(stepId -> !reviews.step(year, stepId).kind().isDoneByMatrixRound()).toList();
  }

  /** Version 1.0.0: the comment deadline its March call passed to the round (committee.matrix.comment-deadline). */
  public String commentDeadline(Object reviewYear) {
    return reviews.commentDeadline(year(reviewYear)).toString();
  }

  static int year(Object reviewYear) {
    return ReviewInput.requiredInteger(ComprehensiveReviewProcess.REVIEW_YEAR, reviewYear);
  }
}

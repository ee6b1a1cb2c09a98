package org.un.sc1540.workflow.review;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.matrix.MatrixRoundProgressed;

/**
 * Lets the review's steps waiting for the matrix round go on when the round sends its last
 * covering note or records its June posting. An application event, so that the matrix package,
 * which the review reads, does not depend on the review. Runs in the round's transaction: a step
 * that cannot go on makes the round's job or task fail and retry, rather than the news be lost.
 */
@Component
class ReviewMatrixRoundListener {

  private final ReviewService reviews;

  ReviewMatrixRoundListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @EventListener
  void matrixRoundProgressed(MatrixRoundProgressed event) {
    reviews.matrixRoundProgressed(event.reviewYear());
  }
}

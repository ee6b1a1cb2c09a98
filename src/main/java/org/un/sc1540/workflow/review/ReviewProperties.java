package org.un.sc1540.workflow.review;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The comprehensive review's settings.
 *
 * @param matrixCommentDeadline the States' comment deadline of the review's matrix circulation, as
 *     {@code --MM-DD} of the review year (Annex II, March: comments due 29 May)
 * @param yearsAhead how many years ahead of the current one a review may be started
 */
@ConfigurationProperties("committee.review")
public record ReviewProperties(
    @DefaultValue("--05-29") String matrixCommentDeadline,
    @DefaultValue("10") int yearsAhead) {

  public ReviewProperties {
    MonthDay.parse(matrixCommentDeadline);
    if (yearsAhead < 0) {
      throw new IllegalArgumentException("committee.review.years-ahead must not be negative");
    }
  }

  LocalDate commentDeadline(int reviewYear) {
    return MonthDay.parse(matrixCommentDeadline).atYear(reviewYear);
  }
}

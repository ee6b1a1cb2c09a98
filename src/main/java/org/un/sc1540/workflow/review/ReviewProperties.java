package org.un.sc1540.workflow.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The comprehensive review's settings. The States' comment deadline of the March matrix round is
 * not one of them: it is {@code committee.matrix.comment-deadline}, the one setting the round and
 * the review both read.
 *
 * @param yearsAhead how many years ahead of the current one a review may be started
 */
@ConfigurationProperties("committee.review")
public record ReviewProperties(@DefaultValue("10") int yearsAhead) {

  public ReviewProperties {
    if (yearsAhead < 0) {
      throw new IllegalArgumentException("committee.review.years-ahead must not be negative");
    }
  }
}

package org.un.sc1540.workflow.review;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The comprehensive review's settings. The States' comment deadline of the March matrix round is
 * not one of them: it is {@code committee.matrix.comment-deadline}, the one setting the round and
 * the review both read.
 *
 * @param yearsAhead how many years ahead of the current one a review may be started
 * @param nptReviewConferenceYears the years of a Review Conference of the Parties to the NPT: only
 *     a review of one of these years has the May meeting on nuclear-related provisions (Annex II,
 *     May: "during the NPT Review Conference")
 */
@ConfigurationProperties("committee.review")
public record ReviewProperties(
    @DefaultValue("10") int yearsAhead,
    @DefaultValue({"2026", "2030", "2035"}) List<Integer> nptReviewConferenceYears) {

  public ReviewProperties {
    if (yearsAhead < 0) {
      throw new IllegalArgumentException("committee.review.years-ahead must not be negative");
    }
    nptReviewConferenceYears = nptReviewConferenceYears == null ? List.of() : List.copyOf(nptReviewConferenceYears);
  }

  boolean isNptReviewConferenceYear(int year) {
    return nptReviewConferenceYears.contains(year);
  }
}

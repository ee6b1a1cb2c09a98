package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.un.sc1540.workflow.matrix.MatrixRoundService;

/**
 * Issue 12.4: the States' comment deadline is configured once, {@code committee.matrix.comment-deadline};
 * the review's March step reads it from the matrix package rather than a setting of its own.
 */
class ReviewCommentDeadlineTest {

  @Test
  void theReviewReadsTheMatrixRoundsCommentDeadline() {
    MatrixRoundService rounds = mock(MatrixRoundService.class);
    when(rounds.defaultCommentDeadline(2031)).thenReturn(LocalDate.of(2031, 5, 15));
    ReviewService reviews = new ReviewService(null, null, null, null, null, new ReviewProperties(10, List.of()),
        new MandateProperties(LocalDate.of(2032, 11, 30)), rounds, null, null);

    assertThat(reviews.commentDeadline(2031)).isEqualTo(LocalDate.of(2031, 5, 15));
  }

  @Test
  void theReviewHasNoCommentDeadlineSettingOfItsOwn() {
    Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
        "committee.review.years-ahead", "5", "committee.review.matrix-comment-deadline", "--05-01")));

    ReviewProperties properties = binder.bindOrCreate("committee.review", ReviewProperties.class);

    assertThat(properties.yearsAhead()).isEqualTo(5);
    assertThat(ReviewProperties.class.getRecordComponents()).extracting(c -> c.getName())
        .containsExactly("yearsAhead", "nptReviewConferenceYears");
  }
}

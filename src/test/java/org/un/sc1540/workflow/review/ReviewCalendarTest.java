package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A step's month, release and due date, in New York time whatever the server's zone. */
class ReviewCalendarTest {

  private static final LocalDate END_OF_NOVEMBER = LocalDate.of(2027, 11, 30);

  @Test
  void theReportIsDueOn30NovemberByDefault() {
    assertThat(ReviewCalendar.defaultReportDueDate(2027)).isEqualTo(END_OF_NOVEMBER);
  }

  @Test
  void aStepIsReleasedAtMidnightNewYorkOnTheFirstDayOfItsMonth() {
    assertThat(ReviewCalendar.releaseAt(2027, 2)).isEqualTo(OffsetDateTime.parse("2027-02-01T05:00:00Z").toInstant());
    // Summer time: New York is UTC-4 in July.
    assertThat(ReviewCalendar.releaseAt(2027, 7)).isEqualTo(OffsetDateTime.parse("2027-07-01T04:00:00Z").toInstant());
  }

  @Test
  void aStepIsDueAtTheEndOfItsMonthInNewYork() {
    assertThat(ReviewCalendar.dueAt(2027, 2, DueRule.END_OF_MONTH, END_OF_NOVEMBER))
        .isEqualTo(OffsetDateTime.parse("2027-02-28T23:59:59.999-05:00").toInstant());
    assertThat(ReviewCalendar.dueAt(2028, 2, DueRule.END_OF_MONTH, LocalDate.of(2028, 11, 30)))
        .isEqualTo(OffsetDateTime.parse("2028-02-29T23:59:59.999-05:00").toInstant());
  }

  @Test
  void aStepLeadingToTheReportIsNeverDueAfterIt() {
    LocalDate midNovember = LocalDate.of(2027, 11, 15);
    assertThat(ReviewCalendar.dueAt(2027, 11, DueRule.END_OF_MONTH, midNovember))
        .isEqualTo(OffsetDateTime.parse("2027-11-15T23:59:59.999-05:00").toInstant());
    assertThat(ReviewCalendar.dueAt(2027, 10, DueRule.REPORT_DUE, midNovember))
        .isEqualTo(OffsetDateTime.parse("2027-11-15T23:59:59.999-05:00").toInstant());
  }

  @Test
  void decemberWorkOnTheReportMovesToTheReportsMonth() {
    assertThat(ReviewCalendar.monthFor(12, DueRule.REPORT_DUE, END_OF_NOVEMBER)).isEqualTo(11);
    assertThat(ReviewCalendar.monthFor(12, DueRule.END_OF_MONTH, END_OF_NOVEMBER)).isEqualTo(11);
    assertThat(ReviewCalendar.monthFor(8, DueRule.END_OF_MONTH, END_OF_NOVEMBER)).isEqualTo(8);
    assertThat(ReviewCalendar.monthFor(12, DueRule.REPORT_DUE, LocalDate.of(2027, 12, 18))).isEqualTo(12);
  }

  @Test
  void whatFollowsTheReportStaysAfterIt() {
    assertThat(ReviewCalendar.monthFor(12, DueRule.AFTER_REPORT, END_OF_NOVEMBER)).isEqualTo(12);
    assertThat(ReviewCalendar.monthFor(10, DueRule.AFTER_REPORT, END_OF_NOVEMBER)).isEqualTo(11);
    assertThat(ReviewCalendar.dueAt(2027, 12, DueRule.AFTER_REPORT, END_OF_NOVEMBER))
        .isEqualTo(OffsetDateTime.parse("2027-12-31T23:59:59.999-05:00").toInstant());
  }

  @Test
  void aMonthPastTheReportOrOutOfTheYearIsRefusedWithTheReason() {
    assertThat(ReviewCalendar.problemWithMonth(12, DueRule.END_OF_MONTH, END_OF_NOVEMBER))
        .isEqualTo("the step leads to the report, which is due 2027-11-30; it cannot move to December, after November");
    assertThat(ReviewCalendar.problemWithMonth(10, DueRule.AFTER_REPORT, END_OF_NOVEMBER))
        .isEqualTo("the step follows the report, which is due 2027-11-30; it cannot move to October, before November");
    assertThat(ReviewCalendar.problemWithMonth(0, DueRule.END_OF_MONTH, END_OF_NOVEMBER))
        .isEqualTo("month must be 1 (January) to 12 (December), not 0");
    assertThat(ReviewCalendar.problemWithMonth(11, DueRule.REPORT_DUE, END_OF_NOVEMBER)).isNull();
  }
}

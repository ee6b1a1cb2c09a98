package org.un.sc1540.workflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * A step's dates from its month: released at 00:00 New York on the first day of the month, due
 * at the end of a New York day. Absolute instants, whatever the server's time zone.
 */
final class ReviewCalendar {

  private ReviewCalendar() {}

  /** 30 November of the review year: the report precedes December (resolution 2663 (2022), para. 3). */
  static LocalDate defaultReportDueDate(int reviewYear) {
    return YearMonth.of(reviewYear, Month.NOVEMBER).atEndOfMonth();
  }

  /**
   * The month a step of the schedule falls in for a review: the schedule's month, except that
   * nothing leading to the report falls after the report's month, and nothing that follows the
   * report before it.
   */
  static int monthFor(int scheduleMonth, DueRule rule, LocalDate reportDueDate) {
    int reportMonth = reportDueDate.getMonthValue();
    return rule == DueRule.AFTER_REPORT ? Math.max(scheduleMonth, reportMonth) : Math.min(scheduleMonth, reportMonth);
  }

  /**
   * Why a step cannot be in this month of the review, or null when it can: a coordinator moving
   * a step gets the same rule the schedule's months get from {@link #monthFor}, as a refusal.
   */
  static String problemWithMonth(int month, DueRule rule, LocalDate reportDueDate) {
    if (month < 1 || month > 12) {
      return "month must be 1 (January) to 12 (December), not " + month;
    }
    int reportMonth = reportDueDate.getMonthValue();
    if (rule != DueRule.AFTER_REPORT && month > reportMonth) {
      return "the step leads to the report, which is due " + reportDueDate + "; it cannot move to "
          + monthName(month) + ", after " + monthName(reportMonth);
    }
    if (rule == DueRule.AFTER_REPORT && month < reportMonth) {
      return "the step follows the report, which is due " + reportDueDate + "; it cannot move to "
          + monthName(month) + ", before " + monthName(reportMonth);
    }
    return null;
  }

  /** The first instant of the month in New York. */
  static Instant releaseAt(int reviewYear, int month) {
    return LocalDate.of(reviewYear, month, 1).atStartOfDay(CommitteeClock.ZONE).toInstant();
  }

  static Instant dueAt(int reviewYear, int month, DueRule rule, LocalDate reportDueDate) {
    Instant endOfMonth = CommitteeClock.endOfDay(YearMonth.of(reviewYear, month).atEndOfMonth()).toInstant();
    Instant report = CommitteeClock.endOfDay(reportDueDate).toInstant();
    return switch (rule) {
      case END_OF_MONTH -> endOfMonth.isAfter(report) ? report : endOfMonth;
      case REPORT_DUE -> report;
      case AFTER_REPORT -> endOfMonth;
    };
  }

  static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}

package org.un.sc1540.workflow.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Timer durations and due dates of the reminder cycle, for the BPMN models:
 * {@code ${reportingSchedule.reminderInterval}}, {@code ${reportingSchedule.noteReviewDue()}}.
 * Due dates are absolute instants (end of a day in New York), never local times.
 */
@Component
public class ReportingSchedule {

  /** The General Assembly's general debate opens in the second half of September. */
  static final MonthDay GENERAL_ASSEMBLY_MEETING_DUE = MonthDay.of(9, 1);

  private final ReportingProperties properties;
  private final CommitteeClock clock;

  ReportingSchedule(ReportingProperties properties, CommitteeClock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public String getReminderInterval() {
    return properties.reminderInterval();
  }

  public String getHoldPeriod() {
    return properties.holdPeriod();
  }

  public int getEscalationThreshold() {
    return properties.escalationThreshold();
  }

  /** End of the n-th working day after today, New York time. */
  public Date noteReviewDue() {
    return endOf(addWorkingDays(clock.today(), properties.reviewWorkingDays()));
  }

  public Date assistanceOfferDue() {
    return endOf(addWorkingDays(clock.today(), properties.assistanceOfferWorkingDays()));
  }

  /** 1 September of this year, or of next year once this year's has passed. */
  public Date generalAssemblyMeetingDue() {
    return endOf(generalAssemblyMeetingDay(clock.today()));
  }

  static LocalDate generalAssemblyMeetingDay(LocalDate today) {
    LocalDate thisYear = GENERAL_ASSEMBLY_MEETING_DUE.atYear(today.getYear());
    return today.isBefore(thisYear) ? thisYear : thisYear.plusYears(1);
  }

  /** Monday to Friday; public holidays are not known to the system and count as working days. */
  static LocalDate addWorkingDays(LocalDate from, int workingDays) {
    LocalDate day = from;
    int added = 0;
    while (added < workingDays) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return day;
  }

  private static Date endOf(LocalDate day) {
    return Date.from(CommitteeClock.endOfDay(day).toInstant());
  }
}

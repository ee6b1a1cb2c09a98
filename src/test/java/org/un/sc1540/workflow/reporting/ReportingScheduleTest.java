package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates and settings of the reminder cycle, without the engine. */
class ReportingScheduleTest {

  @ParameterizedTest(name = "{0} + 3 working days = {1}")
  @CsvSource({"2027-03-01,2027-03-04", "2027-03-04,2027-03-09", "2027-03-06,2027-03-10", "2027-03-07,2027-03-10"})
  void threeWorkingDaysSkipTheWeekend(LocalDate from, LocalDate due) {
    assertThat(ReportingSchedule.addWorkingDays(from, 3)).isEqualTo(due);
  }

  @ParameterizedTest(name = "on {0} the meeting is due {1}")
  @CsvSource({"2027-01-10,2027-09-01", "2027-08-31,2027-09-01", "2027-09-01,2028-09-01", "2027-12-20,2028-09-01"})
  void theGeneralAssemblyMeetingIsDueOnTheNextFirstOfSeptember(LocalDate today, LocalDate due) {
    assertThat(ReportingSchedule.generalAssemblyMeetingDay(today)).isEqualTo(due);
  }

  @Test
  void aReminderIntervalThatIsNoIsoDurationStopsTheStart() {
    assertThatThrownBy(() -> new ReportingProperties("90 days", "P30D", 2, 3, 10))
        .hasMessageContaining("committee.reporting.reminder-interval must be an ISO 8601 duration such as P90D");
  }

  @Test
  void anEscalationThresholdBelowOneStopsTheStart() {
    assertThatThrownBy(() -> new ReportingProperties("P90D", "P30D", 0, 3, 10))
        .hasMessageContaining("escalation-threshold must be at least 1");
  }

  @Test
  void hoursAreAcceptedForTrials() {
    assertThat(new ReportingProperties("PT2H", "PT30M", 2, 3, 10).reminderInterval()).isEqualTo("PT2H");
  }
}

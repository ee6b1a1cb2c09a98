package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.reporting.ReminderCycle.AssistanceOutcome;
import org.un.sc1540.workflow.reporting.ReminderCycle.MeetingOutcome;
import org.un.sc1540.workflow.reporting.ReminderCycle.Status;

/** What the outreach report computes from the cycle register (PoW §8(b): which approaches work). */
class OutreachReportTest {

  @Test
  void eachApproachCountsItsCyclesItsReportsAndTheMedianAndAverageDaysFromTheFirstNote() {
    List<ReminderCycle> cycles = List.of(
        cycle("AAA", 1, false, null, null, Status.REPORTED, 30),
        cycle("BBB", 2, true, null, null, Status.REPORTED, 100),
        cycle("CCC", 3, true, MeetingOutcome.HELD, AssistanceOutcome.OFFERED_BY_EXPERTS, Status.REPORTED, 300),
        cycle("DDD", 3, false, MeetingOutcome.STATE_DECLINED, AssistanceOutcome.NOT_OFFERED, Status.RUNNING, null),
        cycle("EEE", 1, false, null, null, Status.CANCELLED, null),
        cycle("FFF", 0, false, null, null, Status.REPORTED, null));

    List<OutreachReport.Line> lines = OutreachReport.lines(cycles);

    assertThat(lines).extracting(OutreachReport.Line::approach).containsExactly("notes_verbales", "notes_only",
        "assistance_mentioned", "general_assembly_meeting", "assistance_offered");
    OutreachReport.Line notes = lines.get(0);
    assertThat(notes.cycles()).isEqualTo(5);
    assertThat(notes.reported()).isEqualTo(3);
    assertThat(notes.running()).isEqualTo(1);
    assertThat(notes.cancelled()).isEqualTo(1);
    assertThat(notes.reportedPercent()).isEqualByComparingTo("60.0");
    assertThat(notes.medianDaysToReport()).isEqualByComparingTo("100.0");
    assertThat(notes.averageDaysToReport()).isEqualByComparingTo("143.3");
    OutreachReport.Line notesOnly = lines.get(1);
    assertThat(notesOnly.cycles()).isEqualTo(3);
    assertThat(notesOnly.reported()).isEqualTo(1);
    assertThat(notesOnly.medianDaysToReport()).isEqualByComparingTo("30.0");
    OutreachReport.Line mentioned = lines.get(2);
    assertThat(mentioned.cycles()).isEqualTo(2);
    assertThat(mentioned.medianDaysToReport()).isEqualByComparingTo("200.0");
    OutreachReport.Line meeting = lines.get(3);
    assertThat(meeting.cycles()).isEqualTo(1);
    assertThat(meeting.averageDaysToReport()).isEqualByComparingTo("300.0");
    OutreachReport.Line offered = lines.get(4);
    assertThat(offered.cycles()).isEqualTo(1);
    assertThat(offered.reported()).isEqualTo(1);
  }

  @Test
  void anApproachNobodyUsedHasNoRatesRatherThanZeroes() {
    List<OutreachReport.Line> lines = OutreachReport.lines(List.of(cycle("AAA", 1, false, null, null, Status.RUNNING,
        null)));

    OutreachReport.Line meeting = lines.get(3);
    assertThat(meeting.cycles()).isZero();
    assertThat(meeting.reportedPercent()).isNull();
    assertThat(meeting.medianDaysToReport()).isNull();
    assertThat(meeting.averageDaysToReport()).isNull();
  }

  @Test
  void theMedianOfAnEvenNumberOfValuesIsTheMeanOfTheMiddleTwo() {
    assertThat(OutreachReport.median(List.of(10, 20, 40, 90))).isEqualByComparingTo(new BigDecimal("30.0"));
  }

  private static ReminderCycle cycle(String state, int notes, boolean assistanceMentioned, MeetingOutcome meeting,
      AssistanceOutcome assistance, Status status, Integer days) {
    LocalDate firstNote = notes == 0 ? null : LocalDate.of(2027, 3, 2);
    return new ReminderCycle("pi-" + state, state, 2027, Instant.parse("2027-03-01T14:00:00Z"), firstNote,
        notes == 0 ? null : "S/AC.44/2027/NV.1", notes, assistanceMentioned, 0, meeting == null ? null : firstNote,
        meeting, null, assistance, null, status == Status.REPORTED && firstNote != null ? firstNote.plusDays(days)
        : null, days, status, status == Status.RUNNING ? null : Instant.parse("2027-12-01T14:00:00Z"), firstNote,
        notes == 0 ? null : "S/AC.44/2027/NV." + notes);
  }
}

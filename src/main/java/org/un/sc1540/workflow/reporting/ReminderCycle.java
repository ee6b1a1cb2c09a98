package org.un.sc1540.workflow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the cycle register: one reminder cycle for one State, what it took and what came of it. */
public record ReminderCycle(String processInstanceId, String stateCode, Integer campaignYear, Instant startedAt,
    LocalDate firstNoteOn, String firstNoteSymbol, int notesSent, boolean assistanceMentioned, int holds,
    LocalDate escalatedOn, MeetingOutcome meetingOutcome, String meetingNotes, AssistanceOutcome assistanceOutcome,
    String assistanceNotes, LocalDate reportReceivedOn, Integer daysToReport, Status status, Instant endedAt,
    LocalDate lastNoteOn, String lastNoteSymbol) {

  public enum Status { RUNNING, REPORTED, CANCELLED }

  /** What came of the coordinators' attempt at a meeting on the margins of the General Assembly. */
  public enum MeetingOutcome { HELD, STATE_DECLINED, NOT_ARRANGED }

  /** Whether, and by whom, assistance in preparing the report was offered after an escalation. */
  public enum AssistanceOutcome {
    OFFERED_BY_SECRETARIAT, OFFERED_BY_EXPERTS, NOT_OFFERED;

    boolean offered() {
      return this != NOT_OFFERED;
    }
  }

  public boolean running() {
    return status == Status.RUNNING;
  }

  public boolean escalated() {
    return escalatedOn != null;
  }

  public boolean reported() {
    return status == Status.REPORTED;
  }

  public boolean meetingHeld() {
    return meetingOutcome == MeetingOutcome.HELD;
  }

  public boolean assistanceOffered() {
    return assistanceOutcome != null && assistanceOutcome.offered();
  }
}

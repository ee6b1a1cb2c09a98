package org.un.sc1540.workflow.cycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The steps the Council's resolutions set for every year, with the day each is released (00:00
 * New York) and the day it falls due (end of day, New York). Dates the seeds do not fix are the
 * Committee's practice, chosen here and documented in docs/cycle.md.
 */
enum CycleStep {

  PROGRAMME_DRAFT("Draft the programme of work", CommitteeGroups.SECRETARIAT, 1, 1, 1, 15,
      "2663 §4, PoW §8(a): the secretariat drafts the year's programme of work for the Committee"),
  PROGRAMME_ADOPT("Adopt the programme of work and transmit it to the Council", CommitteeGroups.COORDINATORS,
      1, 1, 1, 31,
      "2663 §4: the Committee adopts its programme of work and transmits it to the Security Council before the "
          + "end of January", PROGRAMME_DRAFT),
  COUNCIL_BRIEFING("Brief the Security Council (first quarter)", CommitteeGroups.COORDINATORS, 1, 1, 3, 31,
      "2663 §4: the Chair briefs the Security Council in the first quarter of the year"),
  MARCH_ROUTINE_LETTERS("Send the March routine letters", CommitteeGroups.SECRETARIAT, 3, 1, 3, 31,
      "Annex II, March: the routine letters on national implementation, assistance and international "
          + "cooperation (RoutineLettersProcess, called by the cycle; this task appears only when the year's "
          + "letters were started from Tasklist before: record them here)"),
  ASSISTANCE_UPDATE_Q1("Record the quarterly update on assistance (Q1)", CommitteeGroups.COORDINATORS, 1, 1, 3, 31,
      "PoW §9(h): the Committee is updated on requests for and offers of assistance at least once a quarter"),
  ASSISTANCE_UPDATE_Q2("Record the quarterly update on assistance (Q2)", CommitteeGroups.COORDINATORS, 4, 1, 6, 30,
      "PoW §9(h): the Committee is updated on requests for and offers of assistance at least once a quarter"),
  ASSISTANCE_UPDATE_Q3("Record the quarterly update on assistance (Q3)", CommitteeGroups.COORDINATORS, 7, 1, 9, 30,
      "PoW §9(h): the Committee is updated on requests for and offers of assistance at least once a quarter"),
  ASSISTANCE_UPDATE_Q4("Record the quarterly update on assistance (Q4)", CommitteeGroups.COORDINATORS, 10, 1, 12, 31,
      "PoW §9(h): the Committee is updated on requests for and offers of assistance at least once a quarter"),
  JOINT_BRIEFING("Hold the joint briefing with the 1267/1989/2253 and 1373 committees", CommitteeGroups.COORDINATORS,
      1, 1, 12, 31,
      "2663 §22: the 1540, 1267/1989/2253 and 1373 committees brief the Security Council jointly once a year"),
  OPEN_BRIEFING("Hold the open briefing for Member States and organizations", CommitteeGroups.COORDINATORS,
      1, 1, 12, 31,
      "2663 §26: at least one open briefing a year for Member States and international, regional and "
          + "subregional organizations, possibly on the margins of the General Assembly"),
  ANNUAL_REVIEW_DRAFT("Draft the annual review of implementation", CommitteeGroups.EXPERTS, 11, 1, 11, 30,
      "2663 §4: the group of experts prepares the annual review of the implementation of resolution 1540 (2004)"),
  ANNUAL_REVIEW_ADOPT("Adopt and submit the annual review of implementation", CommitteeGroups.COORDINATORS,
      12, 1, 12, 31,
      "2663 §4: the Committee submits its annual review of implementation to the Security Council each December",
      ANNUAL_REVIEW_DRAFT);

  private final String label;
  private final String groupId;
  private final int releaseMonth;
  private final int releaseDay;
  private final int dueMonth;
  private final int dueDay;
  private final String source;
  private final List<CycleStep> waitsFor;

  CycleStep(String label, String groupId, int releaseMonth, int releaseDay, int dueMonth, int dueDay, String source,
      CycleStep... waitsFor) {
    this.label = label;
    this.groupId = groupId;
    this.releaseMonth = releaseMonth;
    this.releaseDay = releaseDay;
    this.dueMonth = dueMonth;
    this.dueDay = dueDay;
    this.source = source;
    this.waitsFor = List.of(waitsFor);
  }

  String label() {
    return label;
  }

  String groupId() {
    return groupId;
  }

  String source() {
    return source;
  }

  List<CycleStep> waitsFor() {
    return waitsFor;
  }

  LocalDate releaseDay(int year) {
    return LocalDate.of(year, releaseMonth, releaseDay);
  }

  LocalDate dueDay(int year) {
    return YearMonth.of(year, dueMonth).atDay(dueDay);
  }

  /** The quarter of a quarterly update on assistance, or 0 for another step. */
  int assistanceQuarter() {
    return name().startsWith("ASSISTANCE_UPDATE_Q") ? name().charAt(name().length() - 1) - '0' : 0;
  }

  static CycleStep of(String stepId) {
    for (CycleStep step : values()) {
      if (step.name().equals(stepId)) {
        return step;
      }
    }
    return null;
  }
}

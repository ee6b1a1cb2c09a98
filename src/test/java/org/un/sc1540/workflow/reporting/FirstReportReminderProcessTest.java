package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.RegistryService;

/** FirstReportReminderProcess, one behaviour per test; each test has its own State. */
@CommitteeTest
class FirstReportReminderProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RegistryService registry;
  @Autowired ReminderCycleRegister cycles;
  @Autowired ReminderCycleDriver driver;
  @Autowired JdbcClient jdbc;

  /**
   * Each cycle starts at noon in New York on a Monday: day counts and due dates do not then depend
   * on when the suite runs (a 90-day timer started late in the evening in winter comes due after
   * midnight in summer, one calendar day later in New York).
   */
  @BeforeEach
  void initAssertionsAndStartAtNoonInNewYork() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 1, 11, 12, 0, 0, 0, CommitteeClock.ZONE).toInstant()));
  }

  @Test
  void aNewCycleWaitsForTheSecretariatToReviewTheFirstNoteDueInThreeWorkingDays() {
    ProcessInstance cycle = driver.start("AFG");

    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
    Task review = driver.task(cycle, TASK_REVIEW_NOTE);
    BpmnAwareTests.assertThat(review).hasCandidateGroup("secretariat");
    assertThat(review.getName()).isEqualTo("Review the note — Afghanistan (AFG)");
    assertThat(review.getDueDate()).isAfter(ClockUtil.getCurrentTime())
        .isBefore(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(6))));
    assertThat(taskService.getVariables(review.getId())).containsEntry(STATE_NAME, "Afghanistan (AFG)")
        .containsEntry(STATE_LANGUAGE, "English (en)")
        .containsEntry(REMINDERS_SO_FAR, "No note yet in this cycle: this will be the first note verbale.")
        .containsEntry(NOTE_HISTORY, "No note verbale about the first report has been sent to this State.");
    assertThat(shown(review, MISSION_ADDRESS)).contains("mission.afg@example.org");
    assertThat(shown(review, POC_ADDRESSES)).contains("poc.afg@example.org");
    assertThat(cycles.find(cycle.getId())).hasValueSatisfying(c -> {
      assertThat(c.stateCode()).isEqualTo("AFG");
      assertThat(c.status()).isEqualTo(ReminderCycle.Status.RUNNING);
    });
  }

  @Test
  void aReportAfterTheFirstNoteEndsTheCycleRecordsTheRegistryAndAcknowledgesIt() {
    ProcessInstance cycle = driver.start("ALB");
    driver.sendNote(cycle);
    driver.advance(Duration.ofDays(20));

    driver.reportArrives("ALB", driver.today().minusDays(1));
    driver.runJobAt(cycle, TASK_SEND_ACKNOWLEDGEMENT);

    BpmnAwareTests.assertThat(cycle).hasPassed(TASK_SEND_NOTE, TASK_RECORD_FIRST_REPORT).isEnded();
    BpmnAwareTests.assertThat(cycle).hasPassed(END_REPORT_ACKNOWLEDGED);
    LocalDate reportDay = driver.today().minusDays(1);
    assertThat(registry.firstReportDate("ALB")).contains(reportDay);
    Letter acknowledgement = driver.letters(cycle, LetterType.REPORT_ACKNOWLEDGEMENT).get(0);
    assertThat(acknowledgement.status()).isEqualTo(LetterStatus.SENT);
    ReminderCycle outcome = cycles.find(cycle.getId()).orElseThrow();
    assertThat(outcome.status()).isEqualTo(ReminderCycle.Status.REPORTED);
    assertThat(outcome.notesSent()).isEqualTo(1);
    assertThat(outcome.reportReceivedOn()).isEqualTo(reportDay);
    assertThat(outcome.daysToReport()).isEqualTo(19);
  }

  @Test
  void withoutAReportEachReminderIntervalBringsTheNextNoteCountedAndReferringToThePreviousOne() {
    ProcessInstance cycle = driver.start("KEN");
    driver.sendNote(cycle);

    driver.passTimer(cycle, TIMER_REMINDER_DUE);

    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
    Task review = driver.task(cycle, TASK_REVIEW_NOTE);
    String firstSymbol = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER).get(0).symbol();
    assertThat(taskService.getVariable(review.getId(), REMINDERS_SO_FAR).toString())
        .contains("1 note sent in this cycle").contains(firstSymbol).contains("this will be reminder 1");
    assertThat(taskService.getVariable(review.getId(), NOTE_HISTORY).toString()).contains(firstSymbol);

    driver.sendNote(cycle);

    List<Letter> notes = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER);
    assertThat(notes).hasSize(2);
    assertThat(notes.get(1).occurrence()).isEqualTo(2);
    assertThat(notes.get(1).subject()).startsWith("Reminder");
    assertThat(notes.get(1).bodyText()).contains(firstSymbol);
    ReminderCycle register = cycles.find(cycle.getId()).orElseThrow();
    assertThat(register.notesSent()).isEqualTo(2);
    assertThat(register.lastNoteSymbol()).isEqualTo(notes.get(1).symbol());
    assertThat(register.firstNoteSymbol()).isEqualTo(firstSymbol);
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TIMER_REMINDER_DUE);
  }

  @Test
  void theReminderIntervalIsNinetyDays() {
    driver.freezeClock();
    ProcessInstance cycle = driver.start("ATG");
    driver.sendNote(cycle);

    Date due = driver.jobAt(cycle, TIMER_REMINDER_DUE).getDuedate();

    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), due.toInstant()).toDays()).isEqualTo(90);
  }

  @Test
  void afterTwoUnansweredNotesCoordinatorsArrangeAMeetingBeforeSeptemberAndAssistanceIsOfferedWhileTheCycleGoesOn() {
    // 10 January: the meeting is due on 1 September of the same year.
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 1, 10, 10, 0, 0, 0, CommitteeClock.ZONE).toInstant()));
    ProcessInstance cycle = driver.start("AGO");
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    driver.sendNote(cycle);

    driver.passTimer(cycle, TIMER_REMINDER_DUE);

    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE, TASK_ARRANGE_MEETING, TASK_OFFER_ASSISTANCE);
    Task meeting = driver.task(cycle, TASK_ARRANGE_MEETING);
    BpmnAwareTests.assertThat(meeting).hasCandidateGroup("coordinators");
    assertThat(meeting.getDueDate().toInstant())
        .isEqualTo(CommitteeClock.endOfDay(LocalDate.of(2027, 9, 1)).toInstant());
    BpmnAwareTests.assertThat(driver.task(cycle, TASK_OFFER_ASSISTANCE)).hasCandidateGroup("secretariat");
    assertThat(cycles.find(cycle.getId()).orElseThrow().escalatedOn()).isNotNull();
  }

  @Test
  void escalationOutcomesAreKeptAndEscalationComesOncePerCycle() {
    ProcessInstance cycle = driver.start("ARG");
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);

    taskService.complete(driver.task(cycle, TASK_ARRANGE_MEETING).getId(),
        Map.of(MEETING_OUTCOME, "HELD", MEETING_NOTES, "Met the Deputy Permanent Representative."));
    taskService.complete(driver.task(cycle, TASK_OFFER_ASSISTANCE).getId(),
        Map.of(ASSISTANCE_OUTCOME, "OFFERED_BY_EXPERTS", ASSISTANCE_NOTES, "Legislative drafting help."));
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);

    BpmnAwareTests.assertThat(cycle).hasPassed(END_MEETING_OUTCOME_RECORDED, END_ASSISTANCE_OUTCOME_RECORDED);
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
    assertThat(taskService.createTaskQuery().processInstanceId(cycle.getId()).count()).isEqualTo(1);
    ReminderCycle outcome = cycles.find(cycle.getId()).orElseThrow();
    assertThat(outcome.meetingOutcome()).isEqualTo(ReminderCycle.MeetingOutcome.HELD);
    assertThat(outcome.meetingNotes()).isEqualTo("Met the Deputy Permanent Representative.");
    assertThat(outcome.assistanceOutcome()).isEqualTo(ReminderCycle.AssistanceOutcome.OFFERED_BY_EXPERTS);
    assertThat(outcome.notesSent()).isEqualTo(3);
  }

  @Test
  void anEscalationOutcomeOutsideTheListIsRefused() {
    ProcessInstance cycle = driver.start("ARM");
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    String taskId = driver.task(cycle, TASK_ARRANGE_MEETING).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(MEETING_OUTCOME, "MAYBE")))
        .hasMessageContaining("meetingOutcome must be one of [HELD, STATE_DECLINED, NOT_ARRANGED], not 'MAYBE'");
  }

  @Test
  void aReportWhileTheReviewTaskIsOpenCancelsTheTaskAndNoNoteIsSent() {
    ProcessInstance cycle = driver.start("AUS");

    driver.reportArrives("AUS", driver.today());

    assertThat(taskService.createTaskQuery().processInstanceId(cycle.getId()).count()).isZero();
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_SEND_ACKNOWLEDGEMENT);
    assertThat(registry.firstReportDate("AUS")).contains(driver.today());
    driver.runJobAt(cycle, TASK_SEND_ACKNOWLEDGEMENT);
    BpmnAwareTests.assertThat(cycle).isEnded();
    assertThat(driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER)).isEmpty();
    assertThat(cycles.find(cycle.getId()).orElseThrow().daysToReport()).isNull();
  }

  @Test
  void aReportWhileTheSendJobIsPendingCancelsTheJobAndNoNoteIsSent() {
    ProcessInstance cycle = driver.start("AUT");
    driver.approveNote(cycle);
    assertThat(driver.jobAt(cycle, TASK_SEND_NOTE)).isNotNull();

    driver.reportArrives("AUT", driver.today());

    assertThat(driver.jobAt(cycle, TASK_SEND_NOTE)).isNull();
    driver.runJobAt(cycle, TASK_SEND_ACKNOWLEDGEMENT);
    BpmnAwareTests.assertThat(cycle).isEnded();
    assertThat(driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER)).isEmpty();
    assertThat(driver.letters(cycle, LetterType.REPORT_ACKNOWLEDGEMENT)).hasSize(1);
  }

  @Test
  void aSendJobThatFindsTheReportAlreadyInTheRegistrySendsNoNoteAndAcknowledgesTheRecordedReport() {
    ProcessInstance cycle = driver.start("AZE");
    driver.approveNote(cycle);
    // Recorded without the message: a job already running when the message came sees this too.
    registry.recordFirstReport("AZE", driver.today().minusDays(3), "recorded elsewhere");

    driver.runJobAt(cycle, TASK_SEND_NOTE);

    BpmnAwareTests.assertThat(cycle).hasPassed(END_REPORT_ALREADY_RECORDED, TASK_RECORD_FIRST_REPORT)
        .isWaitingAt(TASK_SEND_ACKNOWLEDGEMENT);
    assertThat(driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER)).isEmpty();
    assertThat(cycles.find(cycle.getId()).orElseThrow().reportReceivedOn()).isEqualTo(driver.today().minusDays(3));
  }

  @Test
  void aReportDuringTheWaitForTheNextReminderEndsTheCycle() {
    ProcessInstance cycle = driver.start("BHS");
    driver.sendNote(cycle);

    driver.reportArrives("BHS", driver.today());

    assertThat(driver.jobAt(cycle, TIMER_REMINDER_DUE)).isNull();
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_SEND_ACKNOWLEDGEMENT);
  }

  @Test
  void aReportWhileEscalationTasksAreOpenCancelsThemAllAndKeepsWhatWasUsed() {
    ProcessInstance cycle = driver.start("BHR");
    driver.approveNote(cycle, true, "");
    driver.runJobAt(cycle, TASK_SEND_NOTE);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    taskService.complete(driver.task(cycle, TASK_OFFER_ASSISTANCE).getId(),
        Map.of(ASSISTANCE_OUTCOME, "OFFERED_BY_SECRETARIAT"));

    driver.reportArrives("BHR", driver.today());

    assertThat(taskService.createTaskQuery().processInstanceId(cycle.getId()).count()).isZero();
    ReminderCycle outcome = cycles.find(cycle.getId()).orElseThrow();
    assertThat(outcome.status()).isEqualTo(ReminderCycle.Status.REPORTED);
    assertThat(outcome.assistanceMentioned()).isTrue();
    assertThat(outcome.assistanceOffered()).isTrue();
    assertThat(outcome.meetingOutcome()).isNull();
    assertThat(outcome.daysToReport()).isEqualTo(180);
  }

  @Test
  void aHeldCycleWakesAfterThirtyDaysAndReturnsToReview() {
    driver.freezeClock();
    ProcessInstance cycle = driver.start("BGD");

    driver.hold(cycle, "The Mission announced the report for next month.");

    BpmnAwareTests.assertThat(cycle).isWaitingAt(TIMER_HOLD_OVER);
    Date due = driver.jobAt(cycle, TIMER_HOLD_OVER).getDuedate();
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), due.toInstant()).toDays()).isEqualTo(30);
    driver.passTimer(cycle, TIMER_HOLD_OVER);
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
    assertThat(taskService.getVariable(driver.task(cycle, TASK_REVIEW_NOTE).getId(), HOLD_REASON)).isNull();
    assertThat(cycles.find(cycle.getId()).orElseThrow().holds()).isEqualTo(1);
    assertThat(driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER)).isEmpty();
  }

  @Test
  void aHoldWithoutAReasonIsRefused() {
    ProcessInstance cycle = driver.start("BRB");
    String taskId = driver.task(cycle, TASK_REVIEW_NOTE).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(REVIEW_DECISION, DECISION_HOLD, HOLD_REASON, " ")))
        .hasMessageContaining("Putting the cycle on hold needs a reason");
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
  }

  @Test
  void theReviewersParagraphAndTheMentionOfAssistanceGoIntoTheNote() {
    ProcessInstance cycle = driver.start("GHA");

    driver.approveNote(cycle, true, "The Committee recalls the regional workshop held in Accra.");
    driver.runJobAt(cycle, TASK_SEND_NOTE);

    Letter note = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER).get(0);
    assertThat(note.bodyText()).contains("The Committee recalls the regional workshop held in Accra.")
        .contains("assistance in preparing the report is available");
    assertThat(note.subject()).doesNotStartWith("Reminder");
    assertThat(cycles.find(cycle.getId()).orElseThrow().assistanceMentioned()).isTrue();
  }

  @Test
  void aNoteToAStateWithoutMissionAddressWaitsForTheSecretariatThenGoesOut() {
    jdbc.sql("UPDATE state_contact SET valid_to = :day WHERE state_code = 'PLW' AND role = 'MISSION'")
        .param("day", LocalDate.of(2025, 6, 30)).update();
    ProcessInstance cycle = driver.start("PLW");
    driver.approveNote(cycle);

    driver.runJobAt(cycle, TASK_SEND_NOTE);

    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_FIX_ADDRESS);
    Task fix = driver.task(cycle, TASK_FIX_ADDRESS);
    assertThat(fix.getName()).isEqualTo("Complete the Mission's address — Palau (PLW)");
    assertThat(taskService.getVariable(fix.getId(), UNDELIVERABLE_REASON).toString())
        .contains("No valid e-mail address of the Permanent Mission of Palau (PLW)");
    jdbc.sql("INSERT INTO state_contact (state_code, role, name, email, valid_from) VALUES "
        + "('PLW', 'MISSION', 'Permanent Mission of Palau', 'mission.plw.new@example.org', DATE '2025-07-01')").update();
    taskService.complete(driver.task(cycle, TASK_FIX_ADDRESS).getId(), Map.of("missionAddressImported", true));
    driver.runJobAt(cycle, TASK_SEND_NOTE);
    assertThat(driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER)).singleElement()
        .satisfies(l -> assertThat(l.recipientTo()).contains("mission.plw.new@example.org"));
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TIMER_REMINDER_DUE);
  }

  @Test
  void anAcknowledgementToAStateWithoutMissionAddressWaitsForTheSecretariatThenGoesOut() {
    ProcessInstance cycle = driver.start("MHL");
    driver.sendNote(cycle);
    jdbc.sql("UPDATE state_contact SET valid_to = :day WHERE state_code = 'MHL' AND role = 'MISSION'")
        .param("day", LocalDate.of(2025, 6, 30)).update();
    driver.reportArrives("MHL", driver.today());

    driver.runJobAt(cycle, TASK_SEND_ACKNOWLEDGEMENT);

    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_FIX_ADDRESS_FOR_ACKNOWLEDGEMENT);
    jdbc.sql("INSERT INTO state_contact (state_code, role, name, email, valid_from) VALUES "
        + "('MHL', 'MISSION', 'Permanent Mission of the Marshall Islands', 'mission.mhl.new@example.org', DATE '2025-07-01')").update();
    taskService.complete(driver.task(cycle, TASK_FIX_ADDRESS_FOR_ACKNOWLEDGEMENT).getId(),
        Map.of("missionAddressImported", true));
    driver.runJobAt(cycle, TASK_SEND_ACKNOWLEDGEMENT);
    BpmnAwareTests.assertThat(cycle).isEnded();
    assertThat(driver.letters(cycle, LetterType.REPORT_ACKNOWLEDGEMENT)).singleElement()
        .satisfies(l -> assertThat(l.recipientTo()).contains("mission.mhl.new@example.org"));
  }

  @Test
  void aCycleForAnUnknownStateIsRefusedAndNothingStarts() {
    assertThatThrownBy(() -> driver.start("XXA")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Unknown State code 'XXA'");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("XXA").count()).isZero();
  }

  @Test
  void aSecondCycleForTheSameStateIsRefused() {
    driver.start("BEN");

    assertThatThrownBy(() -> driver.start("BEN")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("already running");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey("BEN")
        .count()).isEqualTo(1);
  }

  @Test
  void aCycleStartedWithoutBusinessKeyGetsTheStatesCode() {
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(KEY, Map.of(STATE_CODE, "btn"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult()
        .getBusinessKey()).isEqualTo("BTN");
    assertThat(runtimeService.getVariable(cycle.getId(), STATE_CODE)).isEqualTo("BTN");
  }

  @Test
  void aCycleDeletedInCockpitIsKeptAsCancelled() {
    ProcessInstance cycle = driver.start("BOL");
    driver.sendNote(cycle);

    runtimeService.deleteProcessInstance(cycle.getId(), "stopped by a coordinator");

    assertThat(cycles.find(cycle.getId()).orElseThrow().status()).isEqualTo(ReminderCycle.Status.CANCELLED);
  }

  @Test
  void confirmingTheMissionAddressWhileTheRegistryStillHasNoneIsRefused() {
    jdbc.sql("UPDATE state_contact SET valid_to = :day WHERE state_code = 'SLV' AND role = 'MISSION'")
        .param("day", LocalDate.of(2025, 6, 30)).update();
    try {
      ProcessInstance cycle = driver.start("SLV");
      driver.approveNote(cycle);
      driver.runJobAt(cycle, TASK_SEND_NOTE);
      String taskId = driver.task(cycle, TASK_FIX_ADDRESS).getId();

      assertThatThrownBy(() -> taskService.complete(taskId, Map.of(MISSION_ADDRESS_IMPORTED, true)))
          .hasMessageContaining("The registry still has no valid e-mail address of the Permanent Mission of El Salvador (SLV)");
      BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_FIX_ADDRESS);
    } finally {
      // Other tests of this context (a matrix round over all 193 States) write to the Mission.
      jdbc.sql("INSERT INTO state_contact (state_code, role, name, email, valid_from) VALUES "
          + "('SLV', 'MISSION', 'Permanent Mission of El Salvador', 'mission.slv.new@example.org', DATE '2025-07-01')")
          .update();
    }
  }

  @Test
  void aReportDateInTheFutureIsRefusedAndTheCycleGoesOn() {
    ProcessInstance cycle = driver.start("BIH");

    assertThatThrownBy(() -> driver.reportArrives("BIH", driver.today().plusDays(2)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("is in the future");
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
    assertThat(registry.firstReportDate("BIH")).isEmpty();
    assertThat(task(TASK_REVIEW_NOTE, cycle)).isNotNull();
  }

  /** A value shown in a form's text, as the reader sees it (the backslashes that make it inert removed). */
  private String shown(Task task, String variable) {
    return taskService.getVariable(task.getId(), variable).toString().replaceAll("\\\\(\\p{Punct})", "$1");
  }
}

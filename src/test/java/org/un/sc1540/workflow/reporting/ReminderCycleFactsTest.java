package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * Facts in tables, ids in the process, rules in the services: what a reminder cycle keeps where,
 * and who may write it whatever the path.
 */
@CommitteeTest
class ReminderCycleFactsTest {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderCycleFactsTest.class);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RegistryService registry;
  @Autowired ReminderCycleRegister cycles;
  @Autowired ReminderCycleService service;
  @Autowired NationalReports reports;
  @Autowired ReminderCycleDriver driver;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void initAssertionsAndStartAtNoonInNewYork() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 1, 11, 12, 0, 0, 0, CommitteeClock.ZONE).toInstant()));
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  /**
   * Before: 14 variables at the first review, 16 from the first note on, 18 waiting to acknowledge,
   * all on the process instance. Now the instance holds the State's code; an open task's form fields
   * and shown values are the task's own and go with it.
   */
  @Test
  void atEveryWaitStateTheCycleHoldsOnlyTheStatesCodeAndATaskOnlyItsFormFields() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    ProcessInstance cycle = driver.start("LAO");
    counts.put("review the first note", assertOnlyTheStateCode(cycle));
    driver.approveNote(cycle, true, "A paragraph for this note only.");
    counts.put("send job", assertOnlyTheStateCode(cycle));
    driver.runJobAt(cycle, TASK_SEND_NOTE);
    counts.put("reminder interval", assertOnlyTheStateCode(cycle));
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    counts.put("review the second note", assertOnlyTheStateCode(cycle));
    driver.hold(cycle, "The Mission announced the report.");
    counts.put("hold period", assertOnlyTheStateCode(cycle));
    driver.passTimer(cycle, TIMER_HOLD_OVER);
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    counts.put("escalation (review, meeting, assistance)", assertOnlyTheStateCode(cycle));
    driver.reportArrives("LAO", driver.today());
    counts.put("acknowledgement job", assertOnlyTheStateCode(cycle));

    jdbc.sql("UPDATE state_contact SET valid_to = :day WHERE state_code = 'MNG' AND role = 'MISSION'")
        .param("day", LocalDate.of(2025, 6, 30)).update();
    try {
      ProcessInstance undeliverable = driver.start("MNG");
      driver.approveNote(undeliverable);
      driver.runJobAt(undeliverable, TASK_SEND_NOTE);
      counts.put("complete the Mission's address", assertOnlyTheStateCode(undeliverable));
    } finally {
      // Other tests of this context (a matrix round over all 193 States) write to the Mission.
      jdbc.sql("INSERT INTO state_contact (state_code, role, name, email, valid_from) VALUES "
          + "('MNG', 'MISSION', 'Permanent Mission of Mongolia', 'mission.mng.new@example.org', DATE '2025-07-01')")
          .update();
    }

    LOG.info("Variables of a reminder cycle at each wait state (instance + open tasks): {}", counts);
    // stateCode and the review form's eleven fields and texts, its language confirmation among them.
    assertThat(counts.get("review the first note")).isEqualTo(12);
    assertThat(counts.get("reminder interval")).isEqualTo(1);
    assertThat(counts.get("acknowledgement job")).isEqualTo(1);
  }

  @Test
  void theReviewIsKeptWithItsReviewerAndItsParagraphGoesIntoThatNoteOnly() {
    ProcessInstance cycle = driver.start("MOZ");
    signIn("staff", CommitteeGroups.SECRETARIAT);
    driver.approveNote(cycle, true, "The Committee recalls the workshop held in Maputo.");
    identityService.clearAuthentication();
    driver.runJobAt(cycle, TASK_SEND_NOTE);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);

    Task second = driver.task(cycle, TASK_REVIEW_NOTE);
    assertThat(taskService.getVariable(second.getId(), ADDITIONAL_PARAGRAPH)).isNull();
    assertThat(taskService.getVariable(second.getId(), MENTION_ASSISTANCE)).isEqualTo(false);
    driver.approveNote(cycle);
    driver.runJobAt(cycle, TASK_SEND_NOTE);

    List<Letter> notes = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER);
    assertThat(notes.get(0).bodyText()).contains("workshop held in Maputo").contains("assistance in preparing");
    assertThat(notes.get(1).bodyText()).doesNotContain("workshop held in Maputo").doesNotContain("assistance in preparing");
    assertThat(jdbc.sql("SELECT reviewed_by FROM first_report_note_review WHERE process_instance_id = :pi ORDER BY id")
        .param("pi", cycle.getId()).query(String.class).list()).containsExactly("staff", null);
    assertThat(cycles.find(cycle.getId()).orElseThrow().assistanceMentioned()).isTrue();
  }

  @Test
  void aContactNameWithMarkupIsShownInTheReviewFormAsPlainCharacters() {
    jdbc.sql("INSERT INTO state_contact (state_code, role, name, email, valid_from) VALUES ('KHM', 'POC', "
        + ":name, 'attacker@example.org', DATE '2020-01-01')")
        .param("name", "<a href=\"https://evil.example\">Minister</a> [click](https://evil.example) **now**").update();

    String shown;
    try {
      ProcessInstance cycle = driver.start("KHM");
      shown = taskService.getVariable(driver.task(cycle, TASK_REVIEW_NOTE).getId(), POC_ADDRESSES).toString();
    } finally {
      // Only this test's: other tests of the context write to every State's contacts.
      jdbc.sql("UPDATE state_contact SET valid_to = DATE '2020-01-01' WHERE email = 'attacker@example.org'").update();
    }

    assertThat(shown).contains("\\<a href\\=\\\"https\\:\\/\\/evil\\.example\\\"\\>Minister\\<\\/a\\>")
        .contains("\\[click\\]\\(https\\:\\/\\/evil\\.example\\)").contains("\\*\\*now\\*\\*");
    // Every Markdown or HTML character is escaped: none can open a tag, a link or an address.
    assertThat(shown).doesNotContainPattern("(?<!\\\\)[<>\\[\\]():*@]");
  }

  @Test
  void onlyCoordinatorsRecordTheMeetingsOutcomeWhateverPathTheCallTakes() {
    ProcessInstance cycle = escalated("SGP");
    signIn("staff", CommitteeGroups.SECRETARIAT);

    assertThatThrownBy(() -> service.meetingOutcome(cycle.getId(), ReminderCycle.MeetingOutcome.HELD, "Met."))
        .isInstanceOf(CommitteeAccess.NotAllowed.class).hasMessageContaining("Only coordinators may record");
    assertThat(cycles.find(cycle.getId()).orElseThrow().meetingOutcome()).isNull();

    signIn("coordinator", CommitteeGroups.COORDINATORS);
    taskService.complete(driver.task(cycle, TASK_ARRANGE_MEETING).getId(), Map.of(MEETING_OUTCOME, "HELD"));
    assertThat(cycles.find(cycle.getId()).orElseThrow().meetingOutcome()).isEqualTo(ReminderCycle.MeetingOutcome.HELD);
    assertThat(jdbc.sql("SELECT meeting_recorded_by FROM first_report_cycle WHERE process_instance_id = :pi")
        .param("pi", cycle.getId()).query(String.class).single()).isEqualTo("coordinator");
  }

  @Test
  void aWorkingGroupMemberCanNeitherReviewANoteNorRecordAReportEvenWithAGrantTooMany() {
    ProcessInstance cycle = driver.start("ROU");
    signIn("wg4", CommitteeGroups.WG_TRANSPARENCY);

    assertThatThrownBy(() -> service.noteReviewed(cycle.getId(), NoteReview.Decision.SEND, false, null, null, null))
        .isInstanceOf(CommitteeAccess.NotAllowed.class).hasMessageContaining("wg4 is not a member");
    assertThatThrownBy(() -> reports.record("ROU", LocalDate.of(2026, 12, 1), null, ReportRecording.Channel.API, null))
        .isInstanceOf(CommitteeAccess.NotAllowed.class).hasMessageContaining("Only the secretariat may record a national report");
    identityService.clearAuthentication();

    assertThat(registry.firstReportDate("ROU")).isEmpty();
    assertThat(cycles.latestReview(cycle.getId())).isEmpty();
    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
  }

  @Test
  void theCampaignYearIsKeptInTheRegisterNotInTheProcess() {
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(KEY, "LVA",
        Map.of(STATE_CODE, "LVA", CAMPAIGN_YEAR, 2026));

    assertThat(cycles.find(cycle.getId()).orElseThrow().campaignYear()).isEqualTo(2026);
    assertThat(runtimeService.getVariables(cycle.getId())).containsOnlyKeys(STATE_CODE);
  }

  private ProcessInstance escalated(String state) {
    ProcessInstance cycle = driver.start(state);
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    driver.sendNote(cycle);
    driver.passTimer(cycle, TIMER_REMINDER_DUE);
    return cycle;
  }

  private void signIn(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
  }

  /** Asserts that the instance itself holds only stateCode; returns all its variables, open tasks' included. */
  private int assertOnlyTheStateCode(ProcessInstance cycle) {
    List<VariableInstance> all = runtimeService.createVariableInstanceQuery().processInstanceIdIn(cycle.getId()).list();
    Supplier<TreeSet<String>> names = TreeSet::new;
    assertThat(all.stream().filter(v -> v.getExecutionId().equals(cycle.getId())).map(VariableInstance::getName)
        .collect(java.util.stream.Collectors.toCollection(names)))
        .as("variables of the instance itself").containsExactly(STATE_CODE);
    return all.size();
  }
}

package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.MessageCorrelationResultType;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.SubmissionKind;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * RecordNationalReportProcess, as Tasklist starts it with the "Record national report" form and as
 * the message NationalReportReceived starts it for a State with no cycle waiting; and
 * RecordAdditionalInformationProcess.
 */
@CommitteeTest
class RecordNationalReportProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RegistryService registry;
  @Autowired ReminderCycleRegister cycles;
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

  @Test
  void recordingAReportFromTasklistEndsTheStatesCycleUpdatesTheRegistryAndTellsTheRecorder() {
    ProcessInstance cycle = driver.start("ECU");
    driver.sendNote(cycle);
    identityService.setAuthentication("staff", List.of(CommitteeGroups.SECRETARIAT));

    ProcessInstance recording = submit("ecu", driver.today().toString(), "S/AC.44/2026/(02)/1");

    identityService.clearAuthentication();
    Task outcome = outcomeTask(recording);
    assertThat(outcome.getAssignee()).isEqualTo("staff");
    assertThat(outcome.getName()).isEqualTo("Read the outcome — Ecuador (ECU)");
    assertThat(taskService.getVariable(outcome.getId(), RecordNationalReportProcess.OUTCOME_TITLE))
        .isEqualTo("First report recorded, reminder cycle ended — Ecuador (ECU)");
    assertThat(plain(outcome, RecordNationalReportProcess.OUTCOME)).contains("First report of Ecuador (ECU) recorded as "
        + "received " + driver.today()).contains("Its reminder cycle has ended");
    assertThat(registry.firstReportDate("ECU")).contains(driver.today());
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
    assertThat(registry.submissions().stream().filter(s -> s.stateCode().equals("ECU")).findFirst().orElseThrow()
        .reference()).isEqualTo("S/AC.44/2026/(02)/1");

    taskService.complete(outcome.getId());

    BpmnAwareTests.assertThat(recording).isEnded().hasPassed(RecordNationalReportProcess.END_CYCLE_ENDED);
    assertThat(historicVariables(recording)).containsOnlyKeys(RecordNationalReportProcess.STATE_CODE,
        RecordNationalReportProcess.CYCLE_ENDED).containsEntry(RecordNationalReportProcess.CYCLE_ENDED, true);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(recording.getId()).singleResult()
        .getBusinessKey()).isEqualTo("ECU");
  }

  @Test
  void recordingAReportForAStateWithoutACycleUpdatesTheRegistryAndSaysSo() {
    ProcessInstance recording = submit("EGY", "2004-10-28", "");

    Task outcome = outcomeTask(recording);
    assertThat(plain(outcome, RecordNationalReportProcess.OUTCOME)).contains("No reminder cycle was running for EGY")
        .contains("the registry is updated");
    assertThat(registry.firstReportDate("EGY")).contains(LocalDate.of(2004, 10, 28));
    taskService.complete(outcome.getId());
    BpmnAwareTests.assertThat(recording).isEnded().hasPassed(RecordNationalReportProcess.END_NO_CYCLE);
  }

  @Test
  void theReadmesIsoDateTypedIntoTheFormArrivesAsThatDate() {
    submit("ZMB", "2026-11-20", "");

    assertThat(registry.firstReportDate("ZMB")).contains(LocalDate.of(2026, 11, 20));
  }

  @Test
  void recordingAgainKeepsTheFirstDateAndSaysSo() {
    submit("ERI", "2006-01-10", "");

    ProcessInstance again = submit("ERI", "2007-02-02", "");

    assertThat(registry.firstReportDate("ERI")).contains(LocalDate.of(2006, 1, 10));
    Task outcome = outcomeTask(again);
    assertThat(taskService.getVariable(outcome.getId(), RecordNationalReportProcess.OUTCOME_TITLE))
        .isEqualTo("First report already in the registry — Eritrea (ERI)");
    assertThat(plain(outcome, RecordNationalReportProcess.OUTCOME))
        .contains("already held the first report of ERI, received 2006-01-10; that date is kept");
  }

  @Test
  void anUnknownStateIsRefusedWithItsCode() {
    assertThatThrownBy(() -> submit("XYZ", "2020-01-01", "")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Unknown State code 'XYZ'");
  }

  @Test
  void aDateThatIsNoIsoDateIsRefusedRatherThanGuessed() {
    assertThatThrownBy(() -> submit("EST", "12/04/2020", "")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("reportReceivedOn must be a date written year-month-day, such as 2027-05-29, not '12/04/2020'");
    assertThat(registry.firstReportDate("EST")).isEmpty();
  }

  @Test
  void aReportArrivingAsAMessageForAStateWithoutACycleIsRecordedByTheRecordingProcess() {
    MessageCorrelationResult result = runtimeService.createMessageCorrelation(
            FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED)
        .processInstanceVariableEquals(FirstReportReminderProcess.STATE_CODE, "UGA")
        .setVariable(FirstReportReminderProcess.REPORT_RECEIVED_ON, "2026-11-20")
        .setVariable(FirstReportReminderProcess.REPORT_REFERENCE, "NV/UGA/2026/3")
        .correlateWithResult();

    assertThat(result.getResultType()).isEqualTo(MessageCorrelationResultType.ProcessDefinition);
    ProcessInstance recording = result.getProcessInstance();
    BpmnAwareTests.assertThat(recording).isEnded().hasPassed(RecordNationalReportProcess.TASK_RECORD_REPORTED_MESSAGE,
        RecordNationalReportProcess.END_NO_CYCLE);
    assertThat(registry.firstReportDate("UGA")).contains(LocalDate.of(2026, 11, 20));
    assertThat(jdbc.sql("SELECT recorded_through FROM report_recording WHERE process_instance_id = :pi")
        .param("pi", recording.getId()).query(String.class).single()).isEqualTo("MESSAGE");
    assertThat(historicVariables(recording)).containsOnlyKeys(RecordNationalReportProcess.STATE_CODE,
        RecordNationalReportProcess.CYCLE_ENDED);
  }

  @Test
  void aSecondReportMessageWhileTheCycleAcknowledgesTheFirstIsRecordedAndChangesNothing() {
    ProcessInstance cycle = driver.start("TZA");
    driver.sendNote(cycle);
    driver.reportArrives("TZA", driver.today().minusDays(2));

    driver.reportArrives("TZA", driver.today());

    assertThat(registry.firstReportDate("TZA")).contains(driver.today().minusDays(2));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FirstReportReminderProcess.KEY)
        .processInstanceBusinessKey("TZA").count()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT already_recorded FROM report_recording WHERE state_code = 'TZA' ORDER BY id")
        .query(Boolean.class).list()).containsExactly(false, true);
    driver.runJobAt(cycle, FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
    assertThat(driver.letters(cycle, LetterType.REPORT_ACKNOWLEDGEMENT)).hasSize(1);
  }

  @Test
  void additionalInformationFromTasklistIsRecordedInTheRegistryAndTheRecorderReadsTheOutcome() {
    registry.recordFirstReport("URY", LocalDate.of(2005, 4, 1), null);
    identityService.setAuthentication("staff", List.of(CommitteeGroups.SECRETARIAT));

    ProcessInstance recording = formService.submitStartForm(definitionId(RecordAdditionalInformationProcess.KEY),
        Map.of(RecordAdditionalInformationProcess.STATE_CODE, "URY",
            RecordAdditionalInformationProcess.RECEIVED_ON, "2026-11-20",
            RecordAdditionalInformationProcess.REFERENCE, "NV/URY/2026/7 [matrix update]",
            RecordAdditionalInformationProcess.WHAT_CHANGED, "Export control act of 2026 in force; new point of contact"));

    identityService.clearAuthentication();
    // Kept among the replies to the Committee's letters, with what changed and who recorded it.
    assertThat(jdbc.sql("SELECT what_changed || ' / ' || recorded_by FROM routine_letter_reply "
        + "WHERE kind = 'ADDITIONAL_INFORMATION' AND state_code = 'URY' AND received_on = DATE '2026-11-20'")
        .query(String.class).list())
        .containsExactly("Export control act of 2026 in force; new point of contact / staff");
    assertThat(registry.submissions()).anySatisfy(s -> {
      assertThat(s.stateCode()).isEqualTo("URY");
      assertThat(s.kind()).isEqualTo(SubmissionKind.ADDITIONAL_INFORMATION);
      assertThat(s.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(s.reference()).isEqualTo("NV/URY/2026/7 [matrix update]");
    });
    Task outcome = outcomeTask(recording);
    assertThat(outcome.getAssignee()).isEqualTo("staff");
    assertThat(outcome.getName()).isEqualTo("Read the outcome — Uruguay (URY)");
    assertThat(plain(outcome, RecordNationalReportProcess.OUTCOME))
        .contains("Additional information from Uruguay (URY), received 2026-11-20 (NV/URY/2026/7 [matrix update])")
        .contains("first report is recorded as received 2005-04-01");
    assertThat(taskService.getVariable(outcome.getId(), RecordNationalReportProcess.OUTCOME).toString())
        .contains("\\[matrix update\\]");
    taskService.complete(outcome.getId());
    BpmnAwareTests.assertThat(recording).isEnded().hasPassed(RecordAdditionalInformationProcess.END_RECORDED);
    assertThat(historicVariables(recording)).containsOnlyKeys(RecordAdditionalInformationProcess.STATE_CODE);
  }

  @Test
  void additionalInformationWithoutWhatChangedIsRefusedAndNothingIsRecorded() {
    registry.recordFirstReport("SUR", LocalDate.of(2005, 3, 1), null);
    identityService.setAuthentication("staff", List.of(CommitteeGroups.SECRETARIAT));
    try {
      assertThatThrownBy(() -> formService.submitStartForm(definitionId(RecordAdditionalInformationProcess.KEY),
          Map.of(RecordAdditionalInformationProcess.STATE_CODE, "SUR",
              RecordAdditionalInformationProcess.RECEIVED_ON, "2026-11-18",
              RecordAdditionalInformationProcess.WHAT_CHANGED, "  ")))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessageContaining("whatChanged: say what changed since the State's last report or information");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(registry.submissions()).noneMatch(s -> s.stateCode().equals("SUR")
        && s.kind() == SubmissionKind.ADDITIONAL_INFORMATION);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM routine_letter_reply WHERE state_code = 'SUR'").query(Long.class)
        .single()).isZero();
  }

  @Test
  void additionalInformationDatedInTheFutureIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(RecordAdditionalInformationProcess.KEY),
        Map.of(RecordAdditionalInformationProcess.STATE_CODE, "PRY",
            RecordAdditionalInformationProcess.RECEIVED_ON, driver.today().plusDays(1).toString())))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("informationReceivedOn " + driver.today().plusDays(1) + " is in the future");
    assertThat(registry.submissions()).noneMatch(s -> s.stateCode().equals("PRY"));
  }

  private ProcessInstance submit(String stateCode, String receivedOn, String reference) {
    Map<String, Object> form = new HashMap<>();
    form.put(RecordNationalReportProcess.STATE_CODE, stateCode);
    form.put(RecordNationalReportProcess.REPORT_RECEIVED_ON, receivedOn);
    form.put(RecordNationalReportProcess.REPORT_REFERENCE, reference);
    return formService.submitStartForm(definitionId(RecordNationalReportProcess.KEY), form);
  }

  private String definitionId(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
        .getId();
  }

  private Task outcomeTask(ProcessInstance recording) {
    return taskService.createTaskQuery().processInstanceId(recording.getId())
        .taskDefinitionKey(RecordNationalReportProcess.TASK_READ_OUTCOME).singleResult();
  }

  /** The outcome as the reader sees it: without the backslashes that keep it inert in the form. */
  private String plain(Task task, String variable) {
    return taskService.getVariable(task.getId(), variable).toString().replaceAll("\\\\(\\p{Punct})", "$1");
  }

  private Map<String, Object> historicVariables(ProcessInstance instance) {
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
        .filter(v -> v.getActivityInstanceId().equals(instance.getId()))
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    return variables;
  }
}

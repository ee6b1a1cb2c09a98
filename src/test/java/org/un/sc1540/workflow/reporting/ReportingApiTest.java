package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.RegistryService;

/** The reporting API and the engine REST API as other systems and staff use them over HTTP. */
@CommitteeTest
class ReportingApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired RegistryService registry;
  @Autowired ReminderCycleDriver driver;
  @Autowired ReminderCycleRegister cycles;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  // --- engine REST: task forms refuse bad input with 400

  @Test
  void completingTheReviewWithAHoldButNoReasonOverEngineRestIsAnswered400WithTheReason() {
    ProcessInstance cycle = driver.start("FJI");
    String taskId = processEngine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId();

    ResponseEntity<Map> response = http.withBasicAuth("staff", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete",
        json("{\"variables\":{\"" + FirstReportReminderProcess.REVIEW_DECISION + "\":{\"value\":\""
            + FirstReportReminderProcess.DECISION_HOLD + "\",\"type\":\"String\"}}}"), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").toString()).contains("needs a reason (holdReason)");
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_REVIEW_NOTE);
  }

  // --- engine REST: message correlation, checked by the engine rules (security/EngineRules)

  @Test
  void correlatingNationalReportReceivedOverEngineRestEndsTheCycleAndUpdatesTheRegistry() {
    ProcessInstance cycle = driver.start("FIN");
    driver.sendNote(cycle);

    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").postForEntity("/engine-rest/message",
        json("{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"FIN\","
            + "\"type\":\"String\"}},\"processVariables\":{\"reportReceivedOn\":{\"value\":\"" + driver.today()
            + "\",\"type\":\"String\"}}}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(registry.firstReportDate("FIN")).contains(driver.today());
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  @Test
  void aReportMessageForAStateWithoutACycleIsRecordedAndTheAnswerSaysWhichProcessTookIt() {
    ResponseEntity<List> response = http.withBasicAuth("staff", "demo").postForEntity("/engine-rest/message",
        json("{\"messageName\":\"NationalReportReceived\",\"resultEnabled\":true,"
            + "\"correlationKeys\":{\"stateCode\":{\"value\":\"SDN\",\"type\":\"String\"}},"
            + "\"processVariables\":{\"reportReceivedOn\":{\"value\":\"2026-11-20\",\"type\":\"String\"},"
            + "\"reportReference\":{\"value\":\"NV/SDN/2026/1\",\"type\":\"String\"}}}"), List.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<?, ?> result = (Map<?, ?>) response.getBody().get(0);
    assertThat(result.get("resultType")).isEqualTo("ProcessDefinition");
    String started = (String) ((Map<?, ?>) result.get("processInstance")).get("id");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(started)
        .singleResult().getProcessDefinitionKey()).isEqualTo(RecordNationalReportProcess.KEY);
    assertThat(registry.firstReportDate("SDN")).contains(LocalDate.of(2026, 11, 20));
    assertThat(jdbc.sql("SELECT recorded_by FROM report_recording WHERE state_code = 'SDN'").query(String.class)
        .single()).isEqualTo("staff");
  }

  // --- the attacks: refused, and nothing changes

  @Test
  void wg4CannotRecordBelgiumsReportByStartingRecordNationalReport() {
    ProcessInstance cycle = driver.start("BEL");
    driver.sendNote(cycle);

    ResponseEntity<String> response = http.withBasicAuth("wg4", "demo").postForEntity(
        "/engine-rest/process-definition/key/RecordNationalReportProcess/start",
        json("{\"variables\":{\"stateCode\":{\"value\":\"BEL\"},\"reportReceivedOn\":{\"value\":\""
            + driver.today() + "\"}}}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertUntouched("BEL", cycle);
  }

  /** The form asks what changed; a start over REST that leaves it out meets the same rule in the service. */
  @Test
  void additionalInformationStartedOverEngineRestWithoutWhatChangedIsRefusedAndNothingIsWritten() {
    registry.recordFirstReport("GUY", LocalDate.of(2005, 2, 1), null);

    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").postForEntity(
        "/engine-rest/process-definition/key/RecordAdditionalInformationProcess/start",
        json("{\"variables\":{\"stateCode\":{\"value\":\"GUY\"},\"informationReceivedOn\":{\"value\":\""
            + driver.today() + "\"}}}"), String.class);
    ResponseEntity<String> byAnExpert = http.withBasicAuth("expert", "demo").postForEntity(
        "/engine-rest/process-definition/key/RecordAdditionalInformationProcess/start",
        json("{\"variables\":{\"stateCode\":{\"value\":\"GUY\"},\"informationReceivedOn\":{\"value\":\""
            + driver.today() + "\"},\"whatChanged\":{\"value\":\"New law\"}}}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("whatChanged: say what changed");
    assertThat(byAnExpert.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(registry.submissions()).noneMatch(s -> s.stateCode().equals("GUY")
        && s.kind() == org.un.sc1540.workflow.registry.SubmissionKind.ADDITIONAL_INFORMATION);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM routine_letter_reply WHERE state_code = 'GUY'").query(Long.class)
        .single()).isZero();
  }

  @Test
  void wg4CannotEndAStatesCycleNorRecordAReportByMessage() {
    ProcessInstance cycle = driver.start("LBR");
    driver.sendNote(cycle);

    for (String state : List.of("LBR", "QAT")) {
      ResponseEntity<String> response = http.withBasicAuth("wg4", "demo").postForEntity("/engine-rest/message",
          json("{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\""
              + state + "\"}},\"processVariables\":{\"reportReceivedOn\":{\"value\":\"" + driver.today() + "\"}}}"),
          String.class);

      assertThat(response.getStatusCode()).as(state).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertUntouched("LBR", cycle);
    assertThat(registry.firstReportDate("QAT")).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RecordNationalReportProcess.KEY)
        .processInstanceBusinessKey("QAT").count()).isZero();
  }

  @Test
  void aTaskWorkerCannotRewriteTheStateOfTheCycleThroughTheReviewForm() {
    ProcessInstance cycle = driver.start("OMN");
    String taskId = driver.task(cycle, FirstReportReminderProcess.TASK_REVIEW_NOTE).getId();

    ResponseEntity<String> complete = http.withBasicAuth("staff", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", json("{\"variables\":{"
            + "\"reviewDecision\":{\"value\":\"send\"},\"stateCode\":{\"value\":\"FRA\"}}}"), String.class);
    ResponseEntity<String> put = http.withBasicAuth("staff", "demo").exchange(
        "/engine-rest/task/" + taskId + "/variables/stateCode", org.springframework.http.HttpMethod.PUT,
        json("{\"value\":\"FRA\",\"type\":\"String\"}"), String.class);

    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete.getBody()).contains("does not take stateCode");
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_REVIEW_NOTE);
    assertThat(runtimeService.getVariables(cycle.getId())).containsExactlyEntriesOf(Map.of("stateCode", "OMN"));
    assertThat(cycles.latestReview(cycle.getId())).isEmpty();
  }

  @Test
  void staffReviewTheNoteOverEngineRestAsTasklistDoesWithTheFormsFields() {
    ProcessInstance cycle = driver.start("YEM");
    String taskId = driver.task(cycle, FirstReportReminderProcess.TASK_REVIEW_NOTE).getId();

    ResponseEntity<Map> form = http.withBasicAuth("staff", "demo").getForEntity(
        "/engine-rest/task/" + taskId + "/form-variables", Map.class);
    ResponseEntity<String> complete = http.withBasicAuth("staff", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", json("{\"variables\":{"
            + "\"reviewDecision\":{\"value\":\"send\"},\"mentionAssistance\":{\"value\":true},"
            + "\"additionalParagraph\":{\"value\":\"\"},\"holdReason\":{\"value\":null},"
            + "\"noteHistory\":{\"value\":\"(shown only)\"}}}"), String.class);

    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).containsKeys("stateName", "missionAddress", "remindersSoFar", "reviewDecision");
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cycles.latestReview(cycle.getId())).hasValueSatisfying(review -> {
      assertThat(review.reviewedBy()).isEqualTo("staff");
      assertThat(review.mentionAssistance()).isTrue();
    });
    assertThat(driver.jobAt(cycle, FirstReportReminderProcess.TASK_SEND_NOTE)).isNotNull();
  }

  @Test
  void staffStartTheCampaignOverEngineRestAndItStartsTheCyclesNobodyMayStartDirectly() {
    ResponseEntity<String> campaign = http.withBasicAuth("staff", "demo").postForEntity(
        "/engine-rest/process-definition/key/NonReportingStatesProcess/start",
        json("{\"variables\":{\"stateCodes\":{\"value\":\"THA\"}}}"), String.class);
    ResponseEntity<String> direct = http.withBasicAuth("staff", "demo").postForEntity(
        "/engine-rest/process-definition/key/FirstReportReminderProcess/start",
        json("{\"variables\":{\"stateCode\":{\"value\":\"VNM\"}}}"), String.class);

    assertThat(campaign.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FirstReportReminderProcess.KEY)
        .processInstanceBusinessKey("THA").count()).isEqualTo(1);
    assertThat(direct.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FirstReportReminderProcess.KEY)
        .processInstanceBusinessKey("VNM").count()).isZero();
  }

  @Test
  void theReminderCyclesPageShowsEachCycleWithALinkToItsInstanceInCockpit() {
    ProcessInstance cycle = driver.start("PHL");
    driver.sendNote(cycle);

    ResponseEntity<String> page = http.withBasicAuth("expert", "demo").getForEntity("/committee/reporting?state=phl",
        String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Philippines").contains("(PHL)").contains("running")
        .contains(driver.letters(cycle, org.un.sc1540.workflow.notification.LetterType.FIRST_REPORT_REMINDER).get(0)
            .symbol())
        // The experts may not open Cockpit: the link is for those who may.
        .doesNotContain("/camunda/app/cockpit/");
    assertThat(http.withBasicAuth("coordinator", "demo").getForEntity("/committee/reporting?state=phl", String.class)
        .getBody()).contains("href=\"/camunda/app/cockpit/default/#/process-instance/" + cycle.getId() + "\"");
  }

  @Test
  void anUnknownStateCodeInAMessageIsAnswered400NamingTheCodeBeforeTheEngineSeesIt() {
    ResponseEntity<Map> response = http.withBasicAuth("admin", "admin").postForEntity("/engine-rest/message",
        json("{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"XKX\","
            + "\"type\":\"String\"}},\"processVariables\":{\"reportReceivedOn\":{\"value\":\"2026-01-05\"}}}"),
        Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "BadUserRequestException");
    assertThat((String) response.getBody().get("message"))
        .contains("unknown State code 'XKX' in correlationKeys.stateCode").contains("193 Member States");
  }

  @Test
  void aLowerCaseStateCodeInAMessageIsRefusedWithTheUpperCaseHint() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "admin").postForEntity("/engine-rest/message",
        json("{\"messageName\":\"MatrixCommentsReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"fra\"},"
            + "\"reviewYear\":{\"value\":2027}}}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("unknown State code 'fra'").contains("upper case: 'FRA'");
  }

  @Test
  void anAnonymousMessageIsUnauthorizedWhateverItsStateCode() {
    ResponseEntity<String> response = http.postForEntity("/engine-rest/message",
        json("{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"XKX\"}}}"),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aMessageWithAReportDateInTheFutureIsAnswered400AndTheCycleGoesOn() {
    ProcessInstance cycle = driver.start("GAB");

    ResponseEntity<String> response = http.withBasicAuth("admin", "admin").postForEntity("/engine-rest/message",
        json("{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"GAB\"}},"
            + "\"processVariables\":{\"reportReceivedOn\":{\"value\":\"" + driver.today().plusDays(3) + "\"}}}"),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("is in the future");
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_REVIEW_NOTE);
  }

  @Test
  void startingACampaignOverEngineRestWithAnUnknownStateIsAnswered400AndStartsNothing() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").postForEntity(
        "/engine-rest/process-definition/key/NonReportingStatesProcess/start",
        json("{\"variables\":{\"stateCodes\":{\"value\":\"[\\\"GEO\\\",\\\"XXX\\\"]\",\"type\":\"String\"}}}"),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Unknown State code(s) 'XXX'").contains("193 Member States");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("GEO").count()).isZero();
  }

  @Test
  void startingACycleOverEngineRestForAnUnknownStateIsAnswered400() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "admin").postForEntity(
        "/engine-rest/process-definition/key/FirstReportReminderProcess/start",
        json("{\"businessKey\":\"XKX\",\"variables\":{\"stateCode\":{\"value\":\"XKX\"}}}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Unknown State code 'XKX'").contains("193 Member States");
  }

  @Test
  void aLowerCaseCodeInAProcessStartIsLeftToTheProcessWhichNormalisesIt() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "admin").postForEntity(
        "/engine-rest/process-definition/key/FirstReportReminderProcess/start",
        json("{\"variables\":{\"stateCode\":{\"value\":\"ltu\"}}}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FirstReportReminderProcess.KEY)
        .processInstanceBusinessKey("LTU").count()).isEqualTo(1);
  }

  // --- our API: /api/reporting

  @Test
  void theOutreachReportNeedsASignedInUser() {
    assertThat(http.getForEntity("/api/reporting/outreach.csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theOutreachReportIsACsvWithOneLinePerApproach() {
    ResponseEntity<String> response = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/reporting/outreach.csv", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(response.getBody().lines().toList()).hasSize(1 + OutreachReport.APPROACHES.size())
        .first().isEqualTo(String.join(",", OutreachReport.HEADER));
  }

  @Test
  void staffRecordAReportOverOurApiForAStateWithACycleAndGetTheCyclesInstance() {
    ProcessInstance cycle = driver.start("IDN");

    ResponseEntity<Map> response = http.withBasicAuth("staff", "demo").postForEntity("/api/reporting/reports",
        json("{\"stateCode\":\"idn\",\"receivedOn\":\"" + driver.today() + "\"}"), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("stateCode", "IDN").containsEntry("cycleEnded", true)
        .containsEntry("processInstanceId", cycle.getId());
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  @Test
  void staffRecordAReportOverOurApiAndHearWhetherACycleEnded() {
    ResponseEntity<Map> response = http.withBasicAuth("staff", "demo").postForEntity("/api/reporting/reports",
        json("{\"stateCode\":\"GRC\",\"receivedOn\":\"2004-11-02\",\"reference\":\"S/AC.44/2004/(02)/40\"}"), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("stateCode", "GRC").containsEntry("cycleEnded", false);
    assertThat((String) response.getBody().get("message")).contains("No reminder cycle was running for GRC");
    assertThat(registry.firstReportDate("GRC")).contains(LocalDate.of(2004, 11, 2));
  }

  @Test
  void expertsCannotRecordReports() {
    ResponseEntity<String> response = http.withBasicAuth("expert", "demo").postForEntity("/api/reporting/reports",
        json("{\"stateCode\":\"GTM\",\"receivedOn\":\"2005-01-01\"}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(registry.firstReportDate("GTM")).isEmpty();
  }

  @Test
  void anUnknownStateOverOurApiIsAnswered400() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").postForEntity("/api/reporting/reports",
        json("{\"stateCode\":\"XKX\",\"receivedOn\":\"2005-01-01\"}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Unknown State code 'XKX'");
  }

  @Test
  void aFileOfFirstReportsIsImportedAndEndsTheCyclesOfTheStatesInIt() {
    ProcessInstance cycle = driver.start("GIN");

    ResponseEntity<Map> response = http.withBasicAuth("staff", "demo").postForEntity("/api/reporting/first-reports",
        csv("state,received_on,reference\nGIN," + driver.today() + ",NV/2026/1\nGNB,2005-06-30,\n"), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("rows", 2).containsEntry("recorded", 2).containsEntry("cyclesEnded", 1);
    assertThat(registry.firstReportDate("GNB")).contains(LocalDate.of(2005, 6, 30));
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  @Test
  void aFileWithABadRowImportsNothingAndNamesEveryProblemWithItsLine() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").postForEntity("/api/reporting/first-reports",
        csv("state,received_on,reference\nHTI,2005-02-01,\nXKX,2005-02-01,\nHND,01/02/2005,\nHTI,2006-01-01,\n"),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).contains("{\"line\":3,\"reason\":\"unknown State code 'XKX'")
        .contains("{\"line\":4,\"reason\":\"received_on '01/02/2005' is not a date in the form YYYY-MM-DD\"}")
        .contains("{\"line\":5,\"reason\":\"a State has one first report; line 2 already gives one for HTI\"}");
    assertThat(registry.firstReportDate("HTI")).isEmpty();
  }

  private void assertUntouched(String state, ProcessInstance cycle) {
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TIMER_REMINDER_DUE);
    assertThat(registry.firstReportDate(state)).isEmpty();
    assertThat(driver.letters(cycle, org.un.sc1540.workflow.notification.LetterType.REPORT_ACKNOWLEDGEMENT)).isEmpty();
    assertThat(cycles.find(cycle.getId()).orElseThrow().status()).isEqualTo(ReminderCycle.Status.RUNNING);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RecordNationalReportProcess.KEY)
        .processInstanceBusinessKey(state).count()).isZero();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static HttpEntity<String> csv(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return new HttpEntity<>(body, headers);
  }
}

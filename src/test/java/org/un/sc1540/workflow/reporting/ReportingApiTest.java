package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

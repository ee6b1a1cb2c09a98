package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/** The matrix over HTTP: the round summary, a coordinator's extension, and comments recorded over the engine REST API. */
@CommitteeTest
class MatrixApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired MatrixReviewService reviews;
  @Autowired MatrixCommentsService comments;

  MatrixScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  @BeforeEach
  void firstOfMarch2099() {
    MatrixScenario.at(LocalDate.of(2099, 3, 1), 9, 0);
  }

  private ProcessInstance round(int year, String states) {
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance round = scenario.startRound(year, states, null, Map.of());
    scenario.startReviews(round);
    return round;
  }

  private ProcessInstance review(ProcessInstance round, String state) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .processInstanceBusinessKey(round.getBusinessKey() + "-" + state).singleResult();
  }

  @Test
  void theRoundSummaryIsCsvForSignedInStaffOnly() {
    ProcessInstance round = round(2096, "FRA, DEU");
    scenario.prepareAndSend(review(round, "FRA").getId(), "FRA");

    ResponseEntity<String> anonymous = http.getForEntity("/api/matrix/2096/summary.csv", String.class);
    ResponseEntity<String> staff = http.withBasicAuth("staff", "demo").getForEntity("/api/matrix/2096/summary.csv", String.class);
    ResponseEntity<String> states = http.withBasicAuth("coordinator", "demo").getForEntity("/api/matrix/2096/states.csv", String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(staff.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(staff.getBody()).contains("review_year,measure,states", "2096,in_round,2", "2096,sent,1", "2096,still_open,2");
    assertThat(states.getBody()).contains("FRA,MATRIX-2096-FRA,1,S/AC.44/2096/NV.").contains("DEU,,,,,2096-05-29")
        .contains(",awaiting,").contains(",preparing,");
    assertThat(http.withBasicAuth("staff", "demo").getForEntity("/committee/matrix/2096", String.class).getBody())
        .contains("Matrix circulation", "FRA", "DEU");
  }

  @Test
  void aCoordinatorExtendsADeadlineOverRestAndItsTimersMove() {
    ProcessInstance round = round(2097, "ITA");
    ProcessInstance ita = review(round, "ITA");
    scenario.prepareAndSend(ita.getId(), "ITA");
    Map<String, String> body = Map.of("commentDeadline", "2097-06-15", "reason", "Asked by the Mission");

    ResponseEntity<String> expert = http.withBasicAuth("expert", "demo")
        .postForEntity("/api/matrix/2097/states/ITA/deadline", body, String.class);
    ResponseEntity<JsonNode> earlier = http.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/matrix/2097/states/ITA/deadline", Map.of("commentDeadline", "2097-05-01"), JsonNode.class);
    ResponseEntity<JsonNode> extended = http.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/matrix/2097/states/ita/deadline", body, JsonNode.class);

    assertThat(expert.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(earlier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(earlier.getBody().get("detail").asText()).contains("does not extend the current deadline 2097-05-29");
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(extended.getBody().get("commentDeadline").asText()).isEqualTo("2097-06-15");
    assertThat(extended.getBody().get("previousDeadline").asText()).isEqualTo("2097-05-29");
    assertThat(reviews.extensions(ita.getId())).singleElement()
        .satisfies(e -> assertThat(e.extendedBy()).isEqualTo("coordinator"));
    assertThat(scenario.job(ita.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(2097, 6, 15, 23, 59, 59, 999_000_000)));
    assertThat(scenario.job(ita.getId(), StateMatrixReview.EVENT_REMINDER_DUE).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(2097, 6, 1, 0, 0)));
  }

  @Test
  void theSecretariatRecordsCommentsWithTheEngineRestMessage() {
    ProcessInstance round = round(2098, "KEN");
    ProcessInstance ken = review(round, "KEN");
    scenario.prepareAndSend(ken.getId(), "KEN");
    MatrixScenario.at(LocalDate.of(2098, 4, 2), 9, 0);
    Map<String, Object> message = Map.of(
        "messageName", StateMatrixReview.MESSAGE_COMMENTS_RECEIVED,
        "correlationKeys", Map.of(
            "stateCode", Map.of("value", "KEN", "type", "String"),
            "reviewYear", Map.of("value", 2098, "type", "Integer")),
        "processVariables", Map.of(
            "commentsReceivedOn", Map.of("value", "2098-04-01", "type", "String"),
            "commentsReference", Map.of("value", "https://records.example.org/KEN/2098", "type", "String")));

    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").postForEntity("/engine-rest/message", message, String.class);

    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    BpmnAwareTests.assertThat(ken).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(reviews.review(ken.getId()).commentsReceivedOn()).isEqualTo(LocalDate.of(2098, 4, 1));
    assertThat(comments.comments(ken.getId())).singleElement()
        .satisfies(c -> assertThat(c.recordedBy()).isEqualTo("staff"));

    Map<String, Object> otherYear = Map.of(
        "messageName", StateMatrixReview.MESSAGE_COMMENTS_RECEIVED,
        "correlationKeys", Map.of(
            "stateCode", Map.of("value", "KEN", "type", "String"),
            "reviewYear", Map.of("value", 2097, "type", "Integer")));
    ResponseEntity<JsonNode> refused = http.withBasicAuth("staff", "demo")
        .postForEntity("/engine-rest/message", otherYear, JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .isEqualTo("Kenya (KEN) is not in an open matrix circulation round of 2097, and no matrix of KEN for 2097 was "
            + "approved in the last year: its comments cannot be recorded for 2097. Check the year (the round's year, "
            + "e.g. 2098).");
  }

  @Test
  void aSecondRoundForARunningYearIsRefusedOverRestWithTheReason() {
    ResponseEntity<JsonNode> first = http.withBasicAuth("staff", "demo")
        .postForEntity("/api/matrix/rounds", Map.of("reviewYear", 2099, "stateCodes", java.util.List.of("PER", "chl")), JsonNode.class);
    Map<String, Object> start = Map.of("variables", Map.of("reviewYear", Map.of("value", 2099, "type", "Integer")));

    ResponseEntity<JsonNode> second = http.withBasicAuth("staff", "demo")
        .postForEntity("/api/matrix/rounds", Map.of("reviewYear", 2099), JsonNode.class);
    ResponseEntity<JsonNode> overEngineRest = http.withBasicAuth("staff", "demo")
        .postForEntity("/engine-rest/process-definition/key/MatrixCirculationProcess/start", start, JsonNode.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody().get("businessKey").asText()).isEqualTo("MATRIX-2099");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().get("detail").asText()).contains("already running (MATRIX-2099, started 2099-03-01 by staff)");
    assertThat(overEngineRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overEngineRest.getBody().get("message").asText()).contains("already running (MATRIX-2099");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("MATRIX-2099").count()).isEqualTo(1);
  }
}

package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.un.sc1540.workflow.review.ReviewDriver.at;
import static org.un.sc1540.workflow.review.ReviewDriver.startOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * A review over HTTP: the status of every step (JSON and CSV, signed in), moving a step (coordinators
 * only), and a second start of a year through the engine REST API.
 */
@CommitteeTest
class ReviewApiTest {

  private final TestRestTemplate http;
  private final ReviewDriver driver;
  private final RuntimeService runtimeService;

  ReviewApiTest(TestRestTemplate http, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, RepositoryService repositoryService, HistoryService historyService) {
    this.http = http;
    this.runtimeService = runtimeService;
    this.driver = new ReviewDriver(runtimeService, taskService, managementService, repositoryService, historyService);
  }

  private ProcessInstance startInJanuary(int year) {
    at(year, 1, 10, 9, 0);
    return driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year,
        ComprehensiveReviewProcess.STATE_CODES, ComprehensiveReviewProcessTest.STATE));
  }

  private static JsonNode step(JsonNode status, String stepId) {
    for (JsonNode step : status.get("steps")) {
      if (step.get("stepId").asText().equals(stepId)) {
        return step;
      }
    }
    throw new AssertionError("No step " + stepId);
  }

  @Test
  void theStatusListsEveryStepWithItsGroupMonthDatesAndState() {
    int year = 2071;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());

    ResponseEntity<JsonNode> response = http.withBasicAuth("wg1", "demo")
        .getForEntity("/api/review/" + year + "/status", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode status = response.getBody();
    assertThat(status.get("businessKey").asText()).isEqualTo("REVIEW-2071");
    assertThat(status.get("reportDueDate").asText()).isEqualTo("2071-11-30");
    assertThat(status.get("steps")).hasSize(36);
    JsonNode trends = step(status, "FEB_PARTIAL_MATRIX_TRENDS");
    assertThat(trends.get("workingGroup").asText()).isEqualTo("wgImplementation");
    assertThat(trends.get("month").asInt()).isEqualTo(2);
    assertThat(trends.get("releaseDate").asText()).isEqualTo("2071-02-01T00:00:00-05:00");
    assertThat(trends.get("dueDate").asText()).isEqualTo("2071-02-28T23:59:59.999-05:00");
    assertThat(trends.get("state").asText()).isEqualTo("IN_PROGRESS");
    assertThat(trends.get("overdue").asBoolean()).isTrue();
    assertThat(trends.get("done").asBoolean()).isFalse();
    JsonNode retreat = step(status, "AUG_RETREAT");
    assertThat(retreat.get("state").asText()).isEqualTo("WAITING_FOR_MONTH");
    assertThat(retreat.get("overdue").asBoolean()).isFalse();
    assertThat(retreat.get("dueDate").asText()).isEqualTo("2071-08-31T23:59:59.999-04:00");
  }

  @Test
  void theStatusComesAsCsvWithOneLinePerStep() throws IOException {
    int year = 2072;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());
    driver.complete(review.getId(), "FEB_SAVE_THE_DATE", "Notices sent");

    ResponseEntity<String> response = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/review/" + year + "/status.csv", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(response.getBody())).getRecords();
    assertThat(rows).hasSize(36);
    CSVRecord saveTheDate = rows.stream().filter(r -> r.get("step_id").equals("FEB_SAVE_THE_DATE")).findFirst()
        .orElseThrow();
    assertThat(saveTheDate.get("working_group")).isEqualTo("coordinators");
    assertThat(saveTheDate.get("state")).isEqualTo("DONE");
    assertThat(saveTheDate.get("done")).isEqualTo("true");
    assertThat(saveTheDate.get("overdue")).isEqualTo("false");
    assertThat(saveTheDate.get("release_date")).isEqualTo("2072-02-01T00:00:00-05:00");
    assertThat(saveTheDate.get("due_date")).isEqualTo("2072-02-29T23:59:59.999-05:00");
    assertThat(saveTheDate.get("decision")).isEqualTo("Notices sent");
  }

  @Test
  void theStatusNeedsASignedInUser() {
    ResponseEntity<String> response = http.getForEntity("/api/review/2071/status", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theStatusOfAYearWithoutReviewIsNotFound() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/review/2088/status", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().get("detail").asText()).isEqualTo("There is no comprehensive review for 2088");
  }

  @Test
  void aCoordinatorMovesAStepToAnotherMonth() {
    int year = 2073;
    startInJanuary(year);

    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo").exchange(
        "/api/review/" + year + "/steps/AUG_RETREAT", HttpMethod.PUT,
        new HttpEntity<>(Map.of("month", 9, "reason", "Retreat in September")), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("month").asInt()).isEqualTo(9);
    assertThat(response.getBody().get("releaseDate").asText()).isEqualTo("2073-09-01T00:00:00-04:00");
    assertThat(response.getBody().get("dueDate").asText()).isEqualTo("2073-09-30T23:59:59.999-04:00");
    JsonNode status = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/review/" + year + "/status", JsonNode.class).getBody();
    assertThat(status.get("changes").get(0).get("changedBy").asText()).isEqualTo("coordinator");
  }

  @Test
  void aWorkingGroupMemberMayNotMoveAStep() {
    int year = 2074;
    startInJanuary(year);

    ResponseEntity<JsonNode> response = http.withBasicAuth("wg4", "demo").exchange(
        "/api/review/" + year + "/steps/AUG_RETREAT", HttpMethod.PUT, new HttpEntity<>(Map.of("month", 9)),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().get("detail").asText()).contains("Only coordinators move the steps");
  }

  @Test
  void movingAReleasedStepConflicts() {
    int year = 2075;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());

    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo").exchange(
        "/api/review/" + year + "/steps/FEB_OUTREACH_PAPER", HttpMethod.PUT, new HttpEntity<>(Map.of("month", 4)),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody().get("detail").asText()).contains("was released on 2075-02-01");
  }

  @Test
  void movingToNoMonthOrAnUnknownStepIsRefused() {
    int year = 2076;
    startInJanuary(year);

    ResponseEntity<JsonNode> badMonth = http.withBasicAuth("coordinator", "demo").exchange(
        "/api/review/" + year + "/steps/AUG_RETREAT", HttpMethod.PUT, new HttpEntity<>(Map.of("month", 13)),
        JsonNode.class);
    ResponseEntity<JsonNode> unknown = http.withBasicAuth("coordinator", "demo").exchange(
        "/api/review/" + year + "/steps/AUG_PICNIC", HttpMethod.PUT, new HttpEntity<>(Map.of("month", 9)),
        JsonNode.class);

    assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badMonth.getBody().get("detail").asText()).contains("month must be 1 (January) to 12 (December), not 13");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").asText()).contains("has no step AUG_PICNIC");
  }

  @Test
  void aSecondStartOfAYearOverTheEngineRestApiIsABadRequest() {
    int year = 2077;
    startInJanuary(year);

    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo").postForEntity(
        "/engine-rest/process-definition/key/" + ComprehensiveReviewProcess.KEY + "/start",
        Map.of("variables", Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, Map.of("value", year, "type", "Integer"))),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains("already running as REVIEW-2077");
  }

  /**
   * A step's process is the review's own: a coordinator (who may start a review) or a working
   * group starting one over /engine-rest, with a business key of a running review's step, is
   * refused, and nothing starts beside the review's own step.
   */
  @Test
  void nobodyStartsAReviewStepFromOutside() {
    int year = 2001;
    String businessKey = ComprehensiveReviewProcess.stepBusinessKey(year, "FEB_SAVE_THE_DATE");
    startInJanuary(year);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isOne();

    for (String user : java.util.List.of("coordinator", "wg1", "staff")) {
      ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo").postForEntity(
          "/engine-rest/process-definition/key/" + ComprehensiveReviewProcess.STEP_PROCESS_KEY + "/start",
          Map.of("businessKey", businessKey, "variables", Map.of(
              ComprehensiveReviewProcess.REVIEW_YEAR, Map.of("value", year, "type", "Integer"),
              ComprehensiveReviewProcess.STEP_ID, Map.of("value", "FEB_SAVE_THE_DATE"))),
          JsonNode.class);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isOne();
  }

  /**
   * The review's own message ReviewStepsDone, sent from outside to end a review early, by a
   * coordinator: refused by the engine's rules (the same for /camunda/api/engine,
   * WebappEngineApiAttackTest), and the review still runs with its steps.
   */
  @Test
  void nobodyEndsAReviewBySendingItsStepsDoneMessage() {
    int year = 2002;
    ProcessInstance review = startInJanuary(year);

    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo").postForEntity("/engine-rest/message",
        Map.of("messageName", ComprehensiveReviewProcess.MESSAGE_STEPS_DONE, "processInstanceId", review.getId()),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().get("message").asText()).contains(ComprehensiveReviewProcess.MESSAGE_STEPS_DONE);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count()).isOne();
    assertThat(driver.steps(review.getId())).isNotEmpty();
  }

  private ResponseEntity<JsonNode> startOverEngineRest(Map<String, Object> variables) {
    return http.withBasicAuth("coordinator", "demo").postForEntity(
        "/engine-rest/process-definition/key/" + ComprehensiveReviewProcess.KEY + "/start",
        Map.of("variables", variables), JsonNode.class);
  }

  @Test
  void theFirstReviewReportingInDecember2027IsRefusedOverTheEngineRestApi() {
    at(2027, 1, 10, 9, 0);

    ResponseEntity<JsonNode> response = startOverEngineRest(Map.of(
        ComprehensiveReviewProcess.REVIEW_YEAR, Map.of("value", 2027, "type", "Integer"),
        ComprehensiveReviewProcess.REPORT_DUE_DATE, Map.of("value", "2027-12-10"),
        ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE, Map.of("value", "S/AC.44/2027/OC.9")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText())
        .contains("resolution 2663 (2022), paragraph 3: the first comprehensive review reports before December 2027")
        .contains("2027-12-10");
    assertThat(driver.reviewsOfYear(2027)).isZero();
  }

  @Test
  void aRenewalReviewReportingAfterTheMandateIsRefusedOverTheEngineRestApi() {
    at(2032, 1, 10, 9, 0);

    ResponseEntity<JsonNode> response = startOverEngineRest(Map.of(
        ComprehensiveReviewProcess.REVIEW_YEAR, Map.of("value", 2032, "type", "Integer"),
        ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL, Map.of("value", true, "type", "Boolean"),
        ComprehensiveReviewProcess.REPORT_DUE_DATE, Map.of("value", "2032-12-05")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText())
        .contains("resolution 2663 (2022), paragraph 3")
        .contains("before the mandate ends on 2032-11-30 (paragraph 2)");
  }

  @Test
  void aReportInDecemberWithoutThePostponementDecisionIsRefusedOverTheEngineRestApi() {
    at(2079, 1, 10, 9, 0);

    ResponseEntity<JsonNode> response = startOverEngineRest(Map.of(
        ComprehensiveReviewProcess.REVIEW_YEAR, Map.of("value", 2079, "type", "Integer"),
        ComprehensiveReviewProcess.REPORT_DUE_DATE, Map.of("value", "2079-12-15")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText())
        .contains("resolution 2663 (2022), paragraph 3: the review's report precedes the December of its year")
        .contains(ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE);
    assertThat(driver.reviewsOfYear(2079)).isZero();
  }

  @Test
  void aCoordinatorMarksAMeetingWithTheIncomingMembersNotNeeded() {
    int year = 2014;
    startInJanuary(year);

    ResponseEntity<JsonNode> byExpert = http.withBasicAuth("wg1", "demo").postForEntity(
        "/api/review/" + year + "/steps/OCT_INCOMING_MEMBERS_MEETING/not-needed",
        Map.of("reason", "No incoming member asked for it"), JsonNode.class);
    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo").postForEntity(
        "/api/review/" + year + "/steps/OCT_INCOMING_MEMBERS_MEETING/not-needed",
        Map.of("reason", "No incoming member asked for it"), JsonNode.class);

    assertThat(byExpert.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("state").asText()).isEqualTo("DONE");
    assertThat(response.getBody().get("notNeededReason").asText()).isEqualTo("No incoming member asked for it");
  }

  @Test
  void anAdministratorMovesAStepToo() {
    int year = 2078;
    startInJanuary(year);

    ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "admin").exchange(
        "/api/review/" + year + "/steps/MAY_JOINT_COUNCIL_BRIEFING", HttpMethod.PUT, new HttpEntity<>(Map.of("month", "4")),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("month").asInt()).isEqualTo(4);
  }
}

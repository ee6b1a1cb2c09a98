package org.un.sc1540.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.un.sc1540.workflow.cycle.CycleDriver.at;
import static org.un.sc1540.workflow.cycle.CycleDriver.startOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * The annual cycle over HTTP: where each step stands (JSON and CSV, states moving with the clock),
 * who may start a year's cycle over the engine REST API, and a step recorded over it. Years 2090-2095 here: no review test
 * uses them, so the Chair's briefing is the cycle's own.
 */
@CommitteeTest
class AnnualCycleApiTest {

  private final TestRestTemplate http;
  private final RuntimeService runtimeService;
  private final CycleDriver driver;

  AnnualCycleApiTest(TestRestTemplate http, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService) {
    this.http = http;
    this.runtimeService = runtimeService;
    this.driver = new CycleDriver(runtimeService, taskService, managementService);
  }

  private static JsonNode step(JsonNode status, String stepId) {
    for (JsonNode step : status.get("steps")) {
      if (step.get("stepId").asText().equals(stepId)) {
        return step;
      }
    }
    throw new AssertionError("No step " + stepId);
  }

  private JsonNode status(int year) {
    ResponseEntity<JsonNode> response = http.withBasicAuth("wg1", "demo").getForEntity("/api/cycle/" + year,
        JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> startOverEngineRest(String user, int year) {
    return http.withBasicAuth(user, "demo").postForEntity(
        "/engine-rest/process-definition/key/" + AnnualCycleProcess.KEY + "/start",
        Map.of("variables", Map.of(AnnualCycleProcess.YEAR, Map.of("value", year, "type", "Integer"))),
        JsonNode.class);
  }

  @Test
  void theStatusShowsEachStepsStateAsTheClockMoves() {
    int year = 2090;
    at(year - 1, 12, 20, 10, 0);
    ProcessInstance cycle = driver.start(year);

    JsonNode before = status(year);
    assertThat(before.get("businessKey").asText()).isEqualTo("CYCLE-2090");
    assertThat(before.get("steps")).hasSize(12);
    before.get("steps").forEach(s -> assertThat(s.get("state").asText()).isEqualTo("NOT_YET"));
    JsonNode adopt = step(before, "PROGRAMME_ADOPT");
    assertThat(adopt.get("group").asText()).isEqualTo("coordinators");
    assertThat(adopt.get("releaseDate").asText()).isEqualTo("2090-01-01T00:00:00-05:00");
    assertThat(adopt.get("dueDate").asText()).isEqualTo("2090-01-31T23:59:59.999-05:00");

    at(year, 1, 10, 10, 0);
    driver.runJobs(cycle.getId());
    driver.complete(cycle.getId(), "PROGRAMME_DRAFT", "Draft circulated");
    JsonNode january = status(year);
    assertThat(step(january, "PROGRAMME_DRAFT").get("state").asText()).isEqualTo("DONE");
    assertThat(step(january, "PROGRAMME_DRAFT").get("decision").asText()).isEqualTo("Draft circulated");
    assertThat(step(january, "PROGRAMME_DRAFT").get("documentSymbol").asText())
        .isEqualTo("S/AC.44/TEST/PROGRAMME_DRAFT");
    assertThat(step(january, "PROGRAMME_DRAFT").get("outcomeDate").asText()).isEqualTo("2090-01-10");
    assertThat(step(january, "PROGRAMME_ADOPT").get("state").asText()).isEqualTo("OPEN");
    assertThat(step(january, "MARCH_ROUTINE_LETTERS").get("state").asText()).isEqualTo("NOT_YET");
    assertThat(step(january, "ASSISTANCE_UPDATE_Q1").get("related").asText()).isEqualTo("ASSIST-UPDATE-2089-Q4");

    startOf(year, 2, 1);
    driver.runJobs(cycle.getId());
    JsonNode february = status(year);
    assertThat(step(february, "PROGRAMME_ADOPT").get("state").asText()).isEqualTo("OVERDUE");
    assertThat(step(february, "COUNCIL_BRIEFING").get("state").asText()).isEqualTo("OPEN");
    assertThat(step(february, "MARCH_ROUTINE_LETTERS").get("state").asText()).isEqualTo("NOT_YET");
  }

  @Test
  void theStatusComesAsCsvWithItsCellsNeutralised() throws IOException {
    int year = 2091;
    at(year, 1, 5, 10, 0);
    ProcessInstance cycle = driver.start(year);
    driver.complete(cycle.getId(), "PROGRAMME_DRAFT", "=HYPERLINK(\"http://evil.example\")");

    ResponseEntity<String> response = http.withBasicAuth("staff", "demo")
        .getForEntity("/api/cycle/" + year + ".csv", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(response.getBody())).getRecords();
    assertThat(rows).hasSize(12);
    CSVRecord draft = rows.stream().filter(r -> r.get("step_id").equals("PROGRAMME_DRAFT")).findFirst().orElseThrow();
    assertThat(draft.get("group")).isEqualTo("secretariat");
    assertThat(draft.get("state")).isEqualTo("DONE");
    assertThat(draft.get("due_date")).isEqualTo("2091-01-15T23:59:59.999-05:00");
    assertThat(draft.get("decision")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    CSVRecord letters = rows.stream().filter(r -> r.get("step_id").equals("MARCH_ROUTINE_LETTERS")).findFirst()
        .orElseThrow();
    assertThat(letters.get("state")).isEqualTo("NOT_YET");
    assertThat(letters.get("release_date")).isEqualTo("2091-03-01T00:00:00-05:00");
  }

  @Test
  void anUnknownYearIsNotFoundAsAProblem() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/cycle/2099", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("detail").asText()).isEqualTo("There is no annual cycle for 2099");
  }

  @Test
  void theStatusNeedsASignedInUser() {
    assertThat(http.getForEntity("/api/cycle/2090", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aCoordinatorStartsTheYearOverTheEngineRestApiOnceAndTheSecondStartIsRefused() {
    int year = 2092;
    at(year, 1, 2, 10, 0);

    ResponseEntity<JsonNode> first = startOverEngineRest("coordinator", year);
    ResponseEntity<JsonNode> second = startOverEngineRest("coordinator", year);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody().get("businessKey").asText()).isEqualTo("CYCLE-2092");
    assertThat(second.getStatusCode().is4xxClientError()).isTrue();
    assertThat(second.getBody().get("message").asText()).contains("already running as CYCLE-2092")
        .contains("one cycle per year");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CYCLE-2092").count())
        .isEqualTo(1);
  }

  @Test
  void tasklistsStartFormStartsTheYearWithTheYearAsAnInteger() {
    int year = 2094;
    at(year - 1, 12, 10, 10, 0);

    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo").postForEntity(
        "/engine-rest/process-definition/key/" + AnnualCycleProcess.KEY + "/submit-form",
        Map.of("variables", Map.of(AnnualCycleProcess.YEAR, Map.of("value", year, "type", "Long"))), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("businessKey").asText()).isEqualTo("CYCLE-2094");
    assertThat(runtimeService.getVariable(response.getBody().get("id").asText(), AnnualCycleProcess.YEAR))
        .isEqualTo(year);
  }

  @Test
  void theSecretariatRecordsTheDraftOverRestWithItsFormFieldsOnly() {
    int year = 2095;
    at(year, 1, 8, 10, 0);
    ProcessInstance cycle = driver.start(year);
    String taskId = driver.task(cycle.getId(), "PROGRAMME_DRAFT").getId();
    String url = "/engine-rest/task/" + taskId + "/complete";

    ResponseEntity<JsonNode> rewritten = http.withBasicAuth("staff", "demo").postForEntity(url,
        Map.of("variables", Map.of(
            AnnualCycleProcess.DECISION, Map.of("value", "Drafted"),
            AnnualCycleProcess.OUTCOME_DATE, Map.of("value", "2095-01-08"),
            AnnualCycleProcess.STEP_ID, Map.of("value", "PROGRAMME_ADOPT"))), JsonNode.class);
    ResponseEntity<JsonNode> completed = http.withBasicAuth("staff", "demo").postForEntity(url,
        Map.of("variables", Map.of(
            AnnualCycleProcess.DECISION, Map.of("value", "Draft circulated to members"),
            AnnualCycleProcess.OUTCOME_DATE, Map.of("value", "2095-01-08"),
            AnnualCycleProcess.DOCUMENT_SYMBOL, Map.of("value", "S/AC.44/2095/WP.1"))), JsonNode.class);

    assertThat(rewritten.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode status = status(year);
    assertThat(step(status, "PROGRAMME_DRAFT").get("state").asText()).isEqualTo("DONE");
    assertThat(step(status, "PROGRAMME_DRAFT").get("completedBy").asText()).isEqualTo("staff");
    assertThat(step(status, "PROGRAMME_DRAFT").get("documentSymbol").asText()).isEqualTo("S/AC.44/2095/WP.1");
    assertThat(step(status, "PROGRAMME_ADOPT").get("state").asText()).isEqualTo("OPEN");
  }

  @Test
  void theSecretariatMayNotStartACycleOverTheEngineRestApi() {
    int year = 2093;
    at(year, 1, 2, 10, 0);

    ResponseEntity<JsonNode> response = startOverEngineRest("staff", year);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CYCLE-2093").count()).isZero();
  }
}

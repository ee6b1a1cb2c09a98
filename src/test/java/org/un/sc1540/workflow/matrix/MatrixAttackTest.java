package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * The matrix rules tried as an insider would, through the engine REST API and the Committee's
 * API, as {@code staff} (secretariat), {@code expert} and {@code wg1}: each request is refused,
 * and neither the matrix tables nor the State's review changed.
 */
@CommitteeTest
class MatrixAttackTest {

  static final int YEAR = 2091;

  private final TestRestTemplate http;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final JdbcClient jdbc;

  private MatrixScenario scenario;

  MatrixAttackTest(TestRestTemplate http, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, JdbcClient jdbc) {
    this.http = http;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.jdbc = jdbc;
  }

  @BeforeEach
  void setUp() {
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  @AfterEach
  void freeTheYear() {
    MatrixTestData.removeInstances(runtimeService, YEAR);
  }

  /** What a refused request must leave as it was: the review's rows and its instance. */
  private Map<String, Object> snapshot(ProcessInstance review) {
    Map<String, Object> state = new TreeMap<>();
    state.put("review", jdbc.sql("SELECT * FROM matrix_state_review WHERE process_instance_id = :pi")
        .param("pi", review.getId()).query().listOfRows());
    state.put("comments", jdbc.sql("SELECT * FROM matrix_comment WHERE review_year = :y")
        .param("y", YEAR).query().listOfRows());
    state.put("approvals", jdbc.sql("SELECT * FROM matrix_approval WHERE review_year = :y")
        .param("y", YEAR).query().listOfRows());
    state.put("extensions", jdbc.sql("SELECT * FROM matrix_deadline_extension WHERE review_year = :y")
        .param("y", YEAR).query().listOfRows());
    boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count() > 0;
    state.put("activities", running ? runtimeService.getActiveActivityIds(review.getId()) : List.of());
    state.put("variables", running ? new TreeMap<>(runtimeService.getVariables(review.getId())) : Map.of());
    state.put("tasks", taskService.createTaskQuery().processInstanceId(review.getId()).list().stream()
        .map(t -> t.getTaskDefinitionKey() + ":" + t.getAssignee()).toList());
    state.put("instances", runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("MATRIX-" + YEAR + "%")
        .count());
    return state;
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body), String.class);
  }

  private void refused(ProcessInstance review, HttpStatus status, String says, String user, HttpMethod method,
      String path, Object body) {
    Map<String, Object> before = snapshot(review);
    ResponseEntity<String> response = send(user, method, path, body);
    assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).as("%s %s as %s", method, path, user).contains(says);
    assertThat(snapshot(review)).as("%s %s as %s changed nothing", method, path, user).isEqualTo(before);
  }

  private ProcessInstance sent(String state) {
    MatrixScenario.at(LocalDate.of(YEAR, 3, 1), 9, 0);
    ProcessInstance review = scenario.startReview(state, YEAR, LocalDate.of(YEAR, 5, 29), Map.of());
    scenario.prepareAndSend(review.getId(), state);
    return review;
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  @Test
  void theSecretariatCannotMoveDecideOrRewriteAStatesReviewThroughTheEngine() {
    ProcessInstance review = sent("AUT");
    String instance = "/engine-rest/process-instance/" + review.getId();

    refused(review, HttpStatus.FORBIDDEN, "may not move, restart or migrate a process instance", "staff",
        HttpMethod.POST, instance + "/modification", Map.of("instructions", List.of(Map.of(
            "type", "startBeforeActivity", "activityId", StateMatrixReview.TASK_APPROVE_MATRIX))));
    refused(review, HttpStatus.FORBIDDEN, "may not write process or task variables directly", "staff",
        HttpMethod.PUT, instance + "/variables/matrixUrl", Map.of("value", "javascript:alert(1)", "type", "String"));
    refused(review, HttpStatus.FORBIDDEN, "may not send the message 'MatrixDeadlineExtended'", "staff",
        HttpMethod.POST, "/engine-rest/message", Map.of("messageName", StateMatrixReview.MESSAGE_DEADLINE_EXTENDED,
            "processInstanceId", review.getId()));
    refused(review, HttpStatus.FORBIDDEN, "StateMatrixReviewProcess", "staff", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + StateMatrixReview.PROCESS_KEY + "/start",
        Map.of("variables", Map.of("stateCode", value("AUT"), "reviewYear", Map.of("value", YEAR, "type", "Integer"))));
    refused(review, HttpStatus.FORBIDDEN, "Only coordinators may extend a State's matrix comment deadline", "staff",
        HttpMethod.POST, "/api/matrix/" + YEAR + "/states/AUT/deadline", Map.of("commentDeadline", YEAR + "-06-30"));
    refused(review, HttpStatus.FORBIDDEN, "may not send the message 'MatrixDeadlineExtended'", "staff",
        HttpMethod.POST, "/engine-rest/message", Map.of("messageName", StateMatrixReview.MESSAGE_DEADLINE_EXTENDED,
            "correlationKeys", Map.of("stateCode", value("AUT"), "reviewYear", Map.of("value", YEAR, "type", "Integer")),
            "processVariables", Map.of("newCommentDeadline", value(YEAR + "-12-31"))));
  }

  @Test
  void anExpertsFormCarriesOnlyItsOwnFieldsAndOnlyWebLinks() {
    MatrixScenario.at(LocalDate.of(YEAR, 3, 1), 9, 0);
    ProcessInstance review = scenario.startReview("BHR", YEAR, LocalDate.of(YEAR, 5, 29), Map.of());
    Task prepare = scenario.task(review.getId(), StateMatrixReview.TASK_PREPARE_MATRIX);
    String complete = "/engine-rest/task/" + prepare.getId() + "/complete";
    Map<String, Object> fields = Map.of(
        "matrixVersion", value("1"),
        "matrixUrl", value("https://documents.example.org/1540/BHR.pdf"),
        "changesSummary", value("No changes"));

    Map<String, Object> withStateCode = new TreeMap<>(fields);
    withStateCode.put("stateCode", value("USA"));
    refused(review, HttpStatus.FORBIDDEN, "does not take stateCode", "expert", HttpMethod.POST, complete,
        Map.of("variables", withStateCode));
    Map<String, Object> withScript = new TreeMap<>(fields);
    withScript.put("matrixUrl", value("javascript:alert(document.cookie)"));
    refused(review, HttpStatus.BAD_REQUEST, "matrixUrl 'javascript:alert(document.cookie)' is not a web link", "expert",
        HttpMethod.POST, complete, Map.of("variables", withScript));
    refused(review, HttpStatus.FORBIDDEN, "may not write process or task variables directly", "expert",
        HttpMethod.PUT, "/engine-rest/task/" + prepare.getId() + "/variables/matrixUrl",
        Map.of("value", "javascript:alert(1)", "type", "String"));
    refused(review, HttpStatus.FORBIDDEN, "", "wg1", HttpMethod.POST, complete, Map.of("variables", fields));
    refused(review, HttpStatus.FORBIDDEN, "Only coordinators may extend", "expert", HttpMethod.POST,
        "/api/matrix/" + YEAR + "/states/BHR/deadline", Map.of("commentDeadline", YEAR + "-06-30"));
  }

  @Test
  void onlyTheCoordinatorsDecideAndTheirFormTakesNoLinkOrId() {
    ProcessInstance review = sent("BGD");
    MatrixScenario.at(LocalDate.of(YEAR, 5, 30), 9, 0);
    scenario.executeJob(review.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    Task approve = scenario.task(review.getId(), StateMatrixReview.TASK_APPROVE_MATRIX);
    String complete = "/engine-rest/task/" + approve.getId() + "/complete";
    Map<String, Object> approval = Map.of("approvalDecision", value("APPROVED"), "approvedOn", value(YEAR + "-05-30"));

    refused(review, HttpStatus.FORBIDDEN, "", "expert", HttpMethod.POST, complete, Map.of("variables", approval));
    refused(review, HttpStatus.FORBIDDEN, "", "staff", HttpMethod.POST, complete, Map.of("variables", approval));
    Map<String, Object> withLink = new TreeMap<>(approval);
    withLink.put("matrixUrl", value("https://evil.example.org/matrix.pdf"));
    refused(review, HttpStatus.FORBIDDEN, "does not take matrixUrl", "coordinator", HttpMethod.POST, complete,
        Map.of("variables", withLink));
    Map<String, Object> withYear = new TreeMap<>(approval);
    withYear.put("reviewYear", Map.of("value", YEAR + 1, "type", "Integer"));
    refused(review, HttpStatus.FORBIDDEN, "does not take reviewYear", "coordinator", HttpMethod.POST, complete,
        Map.of("variables", withYear));

    ResponseEntity<String> decided = send("coordinator", HttpMethod.POST, complete, Map.of("variables", approval));
    assertThat(decided.getStatusCode().is2xxSuccessful()).as(decided.getBody()).isTrue();
    assertThat(jdbc.sql("SELECT decided_by FROM matrix_state_review WHERE process_instance_id = :pi")
        .param("pi", review.getId()).query(String.class).single()).isEqualTo("coordinator");
  }

  @Test
  void aWorkingGroupMemberCannotRecordCommentsNorStartARound() {
    ProcessInstance review = sent("BLR");
    Map<String, Object> message = Map.of(
        "messageName", StateMatrixReview.MESSAGE_COMMENTS_RECEIVED,
        "correlationKeys", Map.of("stateCode", value("BLR"), "reviewYear", Map.of("value", YEAR, "type", "Integer")));

    refused(review, HttpStatus.FORBIDDEN, "", "wg1", HttpMethod.POST, "/engine-rest/message", message);
    refused(review, HttpStatus.FORBIDDEN, "", "expert", HttpMethod.POST, "/engine-rest/message", message);
    refused(review, HttpStatus.FORBIDDEN, "", "wg1", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + MatrixCirculation.PROCESS_KEY + "/start",
        Map.of("variables", Map.of("reviewYear", Map.of("value", YEAR + 1, "type", "Integer"))));
    refused(review, HttpStatus.FORBIDDEN, "", "wg1", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + MatrixCommentsRecording.PROCESS_KEY + "/start",
        Map.of("variables", Map.of("stateCode", value("BLR"), "reviewYear", Map.of("value", YEAR, "type", "Integer"))));
    Map<String, Object> withExtra = new TreeMap<>(message);
    withExtra.put("processVariables", Map.of("matrixUrl", value("javascript:alert(1)")));
    refused(review, HttpStatus.BAD_REQUEST, "carries matrixUrl, which it may not", "staff", HttpMethod.POST,
        "/engine-rest/message", withExtra);

    ResponseEntity<String> recorded = send("staff", HttpMethod.POST, "/engine-rest/message", message);
    assertThat(recorded.getStatusCode().is2xxSuccessful()).as(recorded.getBody()).isTrue();
  }
}

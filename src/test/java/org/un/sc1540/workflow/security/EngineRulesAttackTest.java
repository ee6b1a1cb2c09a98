package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Issue 11, findings 2-4 and 11, as an insider would try them: the engine REST API's general
 * operations, sent by users of the Committee's groups, against the Committee's processes. Each
 * request is refused (403 for who asks, 400 for what is asked) and nothing changes.
 */
@CommitteeTest
class EngineRulesAttackTest {

  private static final String FRR = "FirstReportReminderProcess";
  private static final String SMR = "StateMatrixReviewProcess";

  private final TestRestTemplate http;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  EngineRulesAttackTest(TestRestTemplate http, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService) {
    this.http = http;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  // --- finding 3: task variables reach the whole process

  @Test
  void aTaskWorkerCannotRewriteAProcessIdThroughTheTaskVariablesApi() {
    ProcessInstance cycle = cycle("TUV");
    Task task = firstTask(cycle);

    ResponseEntity<String> response = send("staff", HttpMethod.PUT,
        "/engine-rest/task/" + task.getId() + "/variables/stateCode", "{\"value\":\"BEL\",\"type\":\"String\"}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.getVariable(cycle.getId(), "stateCode")).isEqualTo("TUV");
  }

  @Test
  void aTaskWorkerCannotSubmitAProcessIdWithTheTaskForm() {
    ProcessInstance cycle = cycle("MWI");
    Task task = firstTask(cycle);

    ResponseEntity<String> response = send("staff", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":{\"stateCode\":{\"value\":\"BEL\",\"type\":\"String\"}}}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("does not take stateCode");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(cycle.getId(), "stateCode")).isEqualTo("MWI");
  }

  @Test
  void nobodyButAnAdministratorWritesProcessVariablesDirectly() {
    ProcessInstance cycle = cycle("NAM");

    for (String user : List.of("staff", "expert", "coordinator", "wg1")) {
      ResponseEntity<String> response = send(user, HttpMethod.PUT,
          "/engine-rest/process-instance/" + cycle.getId() + "/variables/stateCode",
          "{\"value\":\"BEL\",\"type\":\"String\"}");

      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(runtimeService.getVariable(cycle.getId(), "stateCode")).isEqualTo("NAM");
  }

  // --- finding 2: skipCustomListeners and start instructions step around validation

  @Test
  void aCoordinatorCannotStartAReviewPartWayWithoutItsListeners() {
    ResponseEntity<String> response = send("coordinator", HttpMethod.POST,
        "/engine-rest/process-definition/key/ComprehensiveReviewProcess/start",
        "{\"skipCustomListeners\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"Task_CommitteeRecordOutcome\"}],\"variables\":{\"reviewYear\":{\"value\":2094,"
            + "\"type\":\"Integer\"},\"stepId\":{\"value\":\"DEC_ADOPT_REPORT\",\"type\":\"String\"}}}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("part-way");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ComprehensiveReviewProcess")
        .processInstanceBusinessKey("REVIEW-2094").count()).isZero();
    assertThat(http.withBasicAuth("coordinator", "demo").getForEntity("/api/review/2094/status", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anExpertCannotStartAReviewAtAll() {
    ResponseEntity<String> response = send("expert", HttpMethod.POST,
        "/engine-rest/process-definition/key/ComprehensiveReviewProcess/start",
        "{\"skipCustomListeners\":true,\"variables\":{\"reviewYear\":{\"value\":2095,\"type\":\"Integer\"}}}");

    // Camunda's REST API refuses the skip itself (400) when no start instruction comes with it.
    assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-2095").count()).isZero();
  }

  // --- finding 4: grants that are too broad

  @Test
  void theSecretariatCannotModifyAStatesMatrixReview() {
    ProcessInstance review = matrixReview("PNG");
    List<String> before = runtimeService.getActiveActivityIds(review.getId());

    ResponseEntity<String> response = send("staff", HttpMethod.POST,
        "/engine-rest/process-instance/" + review.getId() + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_RecordApproval\"}]}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.getActiveActivityIds(review.getId())).isEqualTo(before);
  }

  @Test
  void theSecretariatCannotMoveADeadlineWithTheInternalMessage() {
    ProcessInstance review = matrixReview("PRY");
    List<String> before = runtimeService.getActiveActivityIds(review.getId());

    ResponseEntity<String> response = send("staff", HttpMethod.POST, "/engine-rest/message",
        "{\"messageName\":\"MatrixDeadlineExtended\",\"correlationKeys\":{\"stateCode\":{\"value\":\"PRY\"},"
            + "\"reviewYear\":{\"value\":2027,\"type\":\"Integer\"}},\"processVariables\":{\"newCommentDeadline\":"
            + "{\"value\":\"2027-09-30\"}}}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("MatrixDeadlineExtended");
    assertThat(runtimeService.getActiveActivityIds(review.getId())).isEqualTo(before);
  }

  @Test
  void theSecretariatCannotSetAMatrixLinkDirectly() {
    ProcessInstance review = matrixReview("QAT");

    ResponseEntity<String> response = send("staff", HttpMethod.PUT,
        "/engine-rest/process-instance/" + review.getId() + "/variables/matrixUrl",
        "{\"value\":\"javascript:alert(document.cookie)\",\"type\":\"String\"}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.getVariable(review.getId(), "matrixUrl")).isNull();
  }

  @Test
  void aCoordinatorCannotExecuteOrRescheduleAJobByHand() {
    ProcessInstance cycle = cycle("RWA");
    Job job = managementService.createJobQuery().processInstanceId(cycle.getId()).list().stream().findFirst()
        .orElseGet(() -> {
          completeAsApplication(firstTask(cycle));
          return managementService.createJobQuery().processInstanceId(cycle.getId()).list().get(0);
        });

    ResponseEntity<String> execute = send("coordinator", HttpMethod.POST, "/engine-rest/job/" + job.getId() + "/execute",
        null);
    ResponseEntity<String> reschedule = send("coordinator", HttpMethod.PUT, "/engine-rest/job/" + job.getId()
        + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}");

    assertThat(execute.getStatusCode()).as(execute.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reschedule.getStatusCode()).as(reschedule.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getDuedate()).isEqualTo(job.getDuedate());
    assertThat(after.getRetries()).as("a refused execution is no failure of the job").isEqualTo(job.getRetries());
  }

  @Test
  void aWorkingGroupStartsNoneOfTheSecretariatsOrCoordinatorsProcesses() {
    for (String process : List.of("RecordNationalReportProcess", "MatrixCirculationProcess",
        "NonReportingStatesProcess", "ComprehensiveReviewProcess", "MatrixDeadlineExtensionProcess", SMR, FRR)) {
      long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(process).count();

      ResponseEntity<String> response = send("wg4", HttpMethod.POST,
          "/engine-rest/process-definition/key/" + process + "/start",
          "{\"variables\":{\"stateCode\":{\"value\":\"BEL\"},\"reviewYear\":{\"value\":2027,\"type\":\"Integer\"}}}");

      assertThat(response.getStatusCode()).as(process).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(process).count()).as(process)
          .isEqualTo(before);
    }
  }

  @Test
  void aWorkingGroupCannotEndAStatesCycleByMessage() {
    ProcessInstance cycle = cycle("SLE");
    List<String> before = runtimeService.getActiveActivityIds(cycle.getId());

    ResponseEntity<String> response = send("wg4", HttpMethod.POST, "/engine-rest/message",
        "{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"SLE\"}},"
            + "\"processVariables\":{\"reportReceivedOn\":{\"value\":\"" + LocalDate.now().minusDays(1) + "\"}}}");

    assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
    assertThat(runtimeService.getActiveActivityIds(cycle.getId())).isEqualTo(before);
  }

  // --- finding 7 (engine side): a message to every instance

  @Test
  void aMessageToAllInstancesIsRefusedToTheSecretariat() {
    ProcessInstance cycle = cycle("SOM");
    List<String> before = runtimeService.getActiveActivityIds(cycle.getId());

    ResponseEntity<String> response = send("staff", HttpMethod.POST, "/engine-rest/message",
        "{\"messageName\":\"NationalReportReceived\",\"all\":true,\"correlationKeys\":{\"stateCode\":"
            + "{\"value\":\"SOM\"}}}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.getActiveActivityIds(cycle.getId())).isEqualTo(before);
  }

  @Test
  void aMessageFromOutsideCarriesOnlyItsPayload() {
    ProcessInstance cycle = cycle("SSD");
    List<String> before = runtimeService.getActiveActivityIds(cycle.getId());

    ResponseEntity<String> response = send("staff", HttpMethod.POST, "/engine-rest/message",
        "{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"SSD\"}},"
            + "\"processVariables\":{\"stateCode\":{\"value\":\"BEL\"}}}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("carries stateCode");
    assertThat(runtimeService.getActiveActivityIds(cycle.getId())).isEqualTo(before);
    assertThat(runtimeService.getVariable(cycle.getId(), "stateCode")).isEqualTo("SSD");
  }

  // --- finding 11 (engine side): bad input answered 4xx, not 500

  @Test
  void aTextVariableLongerThanTheEngineKeepsIsRefusedNamingIt() {
    ResponseEntity<String> response = send("admin", HttpMethod.POST,
        "/engine-rest/process-definition/key/NonReportingStatesProcess/start",
        "{\"variables\":{\"note\":{\"value\":\"" + "x".repeat(4001) + "\",\"type\":\"String\"}}}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("note is 4001 characters long");
  }

  @Test
  void aBusinessKeyLongerThanTheEngineKeepsIsRefused() {
    ResponseEntity<String> response = send("admin", HttpMethod.POST,
        "/engine-rest/process-definition/key/NonReportingStatesProcess/start",
        "{\"businessKey\":\"" + "k".repeat(300) + "\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("business key is 300 characters long");
  }

  @Test
  void aSerializedJavaObjectIsRefused() {
    ResponseEntity<String> response = send("admin", HttpMethod.POST,
        "/engine-rest/process-definition/key/NonReportingStatesProcess/start",
        "{\"variables\":{\"payload\":{\"value\":\"rO0ABXQAA2Zvbw==\",\"type\":\"Object\",\"valueInfo\":"
            + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
            + "\"application/x-java-serialized-object\"}}}}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("serialized Java object");
  }

  @Test
  void theDueDateOfAnUnknownJobIsNotFound() {
    ResponseEntity<String> response = send("admin", HttpMethod.PUT, "/engine-rest/job/no-such-job/duedate",
        "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).contains("no job no-such-job");
  }

  // --- helpers

  private ProcessInstance cycle(String state) {
    return runtimeService.startProcessInstanceByKey(FRR, state, Map.of("stateCode", state));
  }

  private ProcessInstance matrixReview(String state) {
    return runtimeService.startProcessInstanceByKey(SMR, "MATRIX-2027-" + state,
        Map.of("stateCode", state, "reviewYear", 2027, "commentDeadline", "2027-05-29"));
  }

  private Task firstTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).list().get(0);
  }

  private void completeAsApplication(Task task) {
    taskService.complete(task.getId());
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user.equals("admin") ? "admin" : "demo")
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}

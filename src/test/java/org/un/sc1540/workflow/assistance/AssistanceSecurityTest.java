package org.un.sc1540.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.un.sc1540.workflow.assistance.AssistanceArea.LEGISLATION;
import static org.un.sc1540.workflow.assistance.AssistanceArea.NUCLEAR_SECURITY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.un.sc1540.workflow.notification.CorrespondenceRegister;

/**
 * The attacks on the assistance mechanism, sent as the real application receives them (the
 * Committee's API and the engine REST API, HTTP Basic as demonstration users): each refused, and
 * the register, the letters and the process unchanged.
 */
@CommitteeTest
class AssistanceSecurityTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AssistanceRequests requests;
  @Autowired AssistanceOffers offers;
  @Autowired CorrespondenceRegister correspondence;

  AssistanceScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new AssistanceScenario(runtimeService, taskService, managementService, requests, offers);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").postForEntity(path, json(body), String.class);
  }

  private long requestsOf(String state) {
    return requests.visible().stream().filter(r -> r.stateCode().equals(state)).count();
  }

  @Test
  void aWorkingGroupMemberCannotRegisterARequest() {
    ResponseEntity<String> response = post("wg2", "/api/assistance/requests", Map.of("stateCode", "MWI",
        "receivedOn", "2026-01-05", "areas", List.of("LEGISLATION"), "description", "Drafting support"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("Only the secretariat may register a request for assistance");
    assertThat(requestsOf("MWI")).isZero();
  }

  @Test
  void theSecretariatRegistersARequestOverTheApiAndBadInputIsRefusedByName() {
    ResponseEntity<String> bad = post("staff", "/api/assistance/requests", Map.of("stateCode", "MOZ",
        "receivedOn", "2026-01-05", "areas", List.of("LEGISLATION", "ROCKETS"), "description", "Drafting support"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("areas: 'ROCKETS' is not an area of the Committee's assistance template");
    assertThat(requestsOf("MOZ")).isZero();

    ResponseEntity<String> created = post("staff", "/api/assistance/requests", Map.of("stateCode", "moz",
        "receivedOn", "2026-01-05", "areas", List.of("legislation"), "description", "Drafting support",
        "usesTemplate", true, "consentToCirculate", true));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).contains("\"businessKey\":\"ASSIST-MOZ-2026-1\"");
    assertThat(requests.byBusinessKey("ASSIST-MOZ-2026-1").createdBy()).isEqualTo("staff");
  }

  @Test
  void theSecretariatRecordsARequestWithTheTasklistStartForm() {
    ResponseEntity<String> response = post("staff", "/engine-rest/process-definition/key/"
        + RecordAssistanceRequestProcess.KEY + "/submit-form", Map.of("variables", Map.of(
        "stateCode", Map.of("value", "zwe"), "receivedOn", Map.of("value", "2026-02-03"),
        "areaLegislation", Map.of("value", true), "areaNuclearSecurity", Map.of("value", true),
        "areaEnforcement", Map.of("value", false), "description", Map.of("value", "Drafting and training"),
        "usesTemplate", Map.of("value", true), "consentToCirculate", Map.of("value", true),
        "stateReference", Map.of("value", "NV 2026/3"))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    AssistanceRequest registered = requests.byBusinessKey("ASSIST-ZWE-2026-1");
    assertThat(registered.areas()).containsExactly(LEGISLATION, NUCLEAR_SECURITY);
    assertThat(registered.consent()).isEqualTo(Consent.GIVEN);
    assertThat(registered.createdBy()).isEqualTo("staff");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ASSIST-ZWE-2026-1").count())
        .isEqualTo(1);

    ResponseEntity<String> noArea = post("staff", "/engine-rest/process-definition/key/"
        + RecordAssistanceRequestProcess.KEY + "/submit-form", Map.of("variables", Map.of(
        "stateCode", Map.of("value", "ZWE"), "receivedOn", Map.of("value", "03/02/2026"),
        "description", Map.of("value", "Drafting"))));
    assertThat(noArea.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noArea.getBody()).contains("receivedOn must be a date written year-month-day, such as 2027-05-29, not '03/02/2026'");
    assertThat(requests.visible()).filteredOn(r -> r.stateCode().equals("ZWE")).hasSize(1);
  }

  @Test
  void nobodyStartsTheRequestProcessDirectlyAndAWorkingGroupCannotUseTheStartForm() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(AssistanceRequestProcess.KEY).count();

    ResponseEntity<String> direct = post("staff", "/engine-rest/process-definition/key/"
        + AssistanceRequestProcess.KEY + "/start", Map.of("businessKey", "ASSIST-ZMB-2026-9",
        "variables", Map.of("requestId", Map.of("value", 1, "type", "Long"))));
    ResponseEntity<String> startForm = post("wg2", "/engine-rest/process-definition/key/"
        + RecordAssistanceRequestProcess.KEY + "/submit-form", Map.of("variables", Map.of(
        "stateCode", Map.of("value", "ZMB"), "receivedOn", Map.of("value", "2026-01-05"),
        "areaLegislation", Map.of("value", true), "description", Map.of("value", "Drafting"))));

    assertThat(direct.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AssistanceRequestProcess.KEY).count())
        .isEqualTo(before);
    assertThat(requestsOf("ZMB")).isZero();
  }

  @Test
  void aWorkingGroupMemberOrTheSecretariatCannotCirculateOrMatch() {
    LocalDate day = LocalDate.of(2032, 2, 2);
    AssistanceScenario.at(day, 10);
    scenario.stateOffer("AUS", null, LEGISLATION);
    AssistanceRequests.Registered request = scenario.register("MDG", day, false, true, LEGISLATION);
    String pi = request.processInstanceId();
    scenario.reviewAndCirculate(pi);
    String circulate = scenario.task(pi, AssistanceRequestProcess.TASK_REVIEW_CIRCULATION).getId();

    for (String user : List.of("wg2", "staff")) {
      ResponseEntity<String> response = post(user, "/engine-rest/task/" + circulate + "/complete", Map.of());
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(scenario.task(pi, AssistanceRequestProcess.TASK_REVIEW_CIRCULATION).getId()).isEqualTo(circulate);
    assertThat(requests.request(request.id()).circulatedOn()).isNull();

    ResponseEntity<String> forged = post("expert", "/engine-rest/task/" + circulate + "/complete", Map.of(
        "variables", Map.of("requestId", Map.of("value", 1, "type", "Long"))));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getBody()).contains("does not take requestId");
    assertThat(requests.request(request.id()).circulatedOn()).isNull();

    assertThat(post("expert", "/engine-rest/task/" + circulate + "/claim", Map.of("userId", "expert")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("expert", "/engine-rest/task/" + circulate + "/complete", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    scenario.runJobs(pi);
    assertThat(requests.request(request.id()).circulatedBy()).isEqualTo("expert");

    AssistanceOffers.Registered offer = scenario.stateOffer("AUS", request.id(), LEGISLATION);
    String match = scenario.task(pi, AssistanceRequestProcess.TASK_RECORD_MATCH).getId();
    Map<String, Object> matching = Map.of("variables", Map.of(
        AssistanceRequestProcess.MATCH_DECISION, Map.of("value", "MATCH"),
        AssistanceRequestProcess.MATCHED_OFFER, Map.of("value", offer.offerId(), "type", "Long")));
    for (String user : List.of("wg2", "staff")) {
      assertThat(post(user, "/engine-rest/task/" + match + "/complete", matching).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(requests.request(request.id()).matched()).isFalse();
  }

  @Test
  void aConfidentialRequestIsNeitherReadNorExportedNorUpdatedByTheSecretariat() {
    LocalDate day = LocalDate.of(2032, 3, 1);
    AssistanceScenario.at(day, 10);
    AssistanceRequests.Registered request = scenario.register("KEN", day, true, false, NUCLEAR_SECURITY);
    String path = "/api/assistance/requests/" + request.id();

    ResponseEntity<String> read = http.withBasicAuth("staff", "demo").getForEntity(path, String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(read.getBody()).contains("is confidential").doesNotContain("Training of customs officers");
    assertThat(http.withBasicAuth("staff", "demo").getForEntity(path + ".csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("staff", "demo").getForObject("/api/assistance/requests", String.class))
        .doesNotContain(request.businessKey());
    assertThat(http.withBasicAuth("staff", "demo").getForObject("/api/assistance/requests.csv", String.class))
        .doesNotContain(request.businessKey());
    assertThat(http.withBasicAuth("staff", "demo").getForObject("/committee/assistance", String.class))
        .doesNotContain(request.businessKey());
    String report = http.withBasicAuth("staff", "demo").getForObject("/api/assistance/report.csv?year=2032&quarter=1",
        String.class);
    assertThat(report).doesNotContain(request.businessKey()).contains("open_request,(confidential)");

    assertThat(http.withBasicAuth("expert", "demo").getForEntity(path, String.class).getBody())
        .contains(request.businessKey());
    assertThat(http.withBasicAuth("coordinator", "demo").getForObject("/api/assistance/requests.csv", String.class))
        .contains(request.businessKey());

    ResponseEntity<String> delivery = post("staff", path + "/delivery", Map.of("deliveredOn", day.toString(),
        "summary", "Invented"));
    assertThat(delivery.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> message = post("staff", "/engine-rest/message", Map.of(
        "messageName", AssistanceRequestProcess.MESSAGE_DELIVERED, "businessKey", request.businessKey(),
        "processVariables", Map.of("deliveredOn", Map.of("value", day.toString()),
            "deliverySummary", Map.of("value", "Invented"))));
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(requests.request(request.id()).deliveredOn()).isNull();
    assertThat(correspondence.forProcessInstance(request.processInstanceId())).hasSize(1);
  }

  @Test
  void theExpertsSendTheRequestsMessagesWithTheirPayloadOnly() {
    LocalDate day = LocalDate.of(2032, 4, 5);
    AssistanceScenario.at(day, 10);
    AssistanceRequests.Registered request = scenario.register("UGA", day, false, true, LEGISLATION);
    String pi = request.processInstanceId();

    ResponseEntity<String> smuggled = post("expert", "/engine-rest/message", Map.of(
        "messageName", AssistanceRequestProcess.MESSAGE_DELIVERED, "businessKey", request.businessKey(),
        "processVariables", Map.of("deliveredOn", Map.of("value", day.toString()),
            "deliverySummary", Map.of("value", "Done"), "requestId", Map.of("value", 1, "type", "Long"))));
    assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(requests.request(request.id()).deliveredOn()).isNull();

    ResponseEntity<String> future = post("expert", "/engine-rest/message", Map.of(
        "messageName", AssistanceRequestProcess.MESSAGE_DELIVERED, "businessKey", request.businessKey(),
        "processVariables", Map.of("deliveredOn", Map.of("value", day.plusDays(3).toString()),
            "deliverySummary", Map.of("value", "Done"))));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("deliveredOn " + day.plusDays(3) + " is in the future");

    ResponseEntity<String> delivered = post("expert", "/engine-rest/message", Map.of(
        "messageName", AssistanceRequestProcess.MESSAGE_DELIVERED, "businessKey", request.businessKey(),
        "processVariables", Map.of("deliveredOn", Map.of("value", day.toString()),
            "deliverySummary", Map.of("value", "Done"))));
    assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    AssistanceRequest recorded = requests.request(request.id());
    assertThat(recorded.deliveredOn()).isEqualTo(day);
    assertThat(recorded.deliveryRecordedBy()).isEqualTo("expert");
    assertThat(scenario.instanceVariables(pi)).doesNotContain("deliveredOn", "deliverySummary");
  }
}

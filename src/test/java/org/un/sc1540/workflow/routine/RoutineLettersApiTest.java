package org.un.sc1540.workflow.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.OrganizationService;

/**
 * Replies to the March letters over REST and from Tasklist (RecordPocConfirmationProcess): the secretariat records that a State's or an
 * organization's point of contact is confirmed, which the rules then count from; others are refused.
 */
@CommitteeTest
class RoutineLettersApiTest {

  private static final String CONFIRMED = "/api/routine-letters/replies/poc-confirmed";

  @Autowired TestRestTemplate http;
  @Autowired RoutineLettersRepository repository;
  @Autowired OrganizationService organizations;
  @Autowired org.un.sc1540.workflow.registry.RegistryService registry;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void today() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(2030, 3, 2), LocalTime.of(10, 0))
        .atZone(CommitteeClock.ZONE).toInstant()));
  }

  private List<LocalDate> pocsOf(String stateCode) {
    return repository.stateFacts(LocalDate.of(2030, 3, 2)).stream().filter(s -> s.code().equals(stateCode))
        .findFirst().orElseThrow().currentPocsFrom();
  }

  @Test
  void theSecretariatRecordsThatAStatesPointOfContactIsConfirmedAndTheRulesCountFromThatDay() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("staff", "demo").postForEntity(CONFIRMED,
        Map.of("stateCode", "TON", "confirmedOn", "2030-03-01"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("confirmed").asInt()).isEqualTo(1);
    assertThat(pocsOf("TON")).containsExactly(LocalDate.of(2030, 3, 1));
  }

  @Test
  void anOrganizationsPointOfContactIsConfirmedTheSameWay() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("staff", "demo").postForEntity(CONFIRMED,
        Map.of("organization", "osce"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    long osce = organizations.organization("OSCE").orElseThrow().id();
    assertThat(repository.organizationFacts(LocalDate.of(2030, 3, 2)).stream().filter(o -> o.id() == osce)
        .findFirst().orElseThrow().currentContactsFrom()).containsExactly(LocalDate.of(2030, 3, 2));
  }

  @Test
  void aCoordinatorMayNotRecordItAndADateInTheFutureIsRefused() {
    ResponseEntity<String> coordinator = http.withBasicAuth("coordinator", "demo").postForEntity(CONFIRMED,
        Map.of("stateCode", "TON"), String.class);
    ResponseEntity<String> future = http.withBasicAuth("staff", "demo").postForEntity(CONFIRMED,
        Map.of("stateCode", "TON", "confirmedOn", "2030-03-03"), String.class);

    assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("in the future");
  }

  @Test
  void theSecretariatRecordsAConfirmationFromTasklistAndAFutureDateRefusesTheStart() {
    identityService.setAuthentication("staff", List.of(CommitteeGroups.SECRETARIAT));
    ProcessInstance recorded;
    try {
      recorded = runtimeService.startProcessInstanceByKey(RoutineLettersProcess.REPLY_KEY,
          new HashMap<>(Map.of(RoutineLettersProcess.REPLY_STATE_CODE, "vut",
              RoutineLettersProcess.REPLY_CONFIRMED_ON, "2030-02-27")));
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RoutineLettersProcess.REPLY_KEY,
          new HashMap<>(Map.of(RoutineLettersProcess.REPLY_ORGANIZATION, "WCO",
              RoutineLettersProcess.REPLY_CONFIRMED_ON, "2030-03-05"))))
          .hasMessageContaining("is in the future");
    } finally {
      identityService.clearAuthentication();
    }

    BpmnAwareTests.assertThat(recorded).isEnded().variables().containsEntry(RoutineLettersProcess.REPLY_CONFIRMED, 1);
    assertThat(pocsOf("VUT")).containsExactly(LocalDate.of(2030, 2, 27));
  }

  @Test
  void additionalInformationIsRecordedWithWhatChangedAndTheRulesCountFromIt() {
    registry.recordFirstReport("KIR", LocalDate.of(2004, 10, 28), "S/AC.44/2004/(02)/KIR");

    ResponseEntity<JsonNode> recorded = http.withBasicAuth("staff", "demo").postForEntity(
        "/api/routine-letters/replies/additional-information", Map.of("stateCode", "KIR", "receivedOn", "2030-02-20",
            "reference", "NV/KIR/2030/3", "whatChanged", "Export control act of 2029 adopted (OP 3 (d))"),
        JsonNode.class);
    ResponseEntity<String> withoutChange = http.withBasicAuth("staff", "demo").postForEntity(
        "/api/routine-letters/replies/additional-information", Map.of("stateCode", "KIR", "receivedOn", "2030-02-20"),
        String.class);
    ResponseEntity<String> noFirstReport = http.withBasicAuth("staff", "demo").postForEntity(
        "/api/routine-letters/replies/additional-information", Map.of("stateCode", "NRU", "receivedOn", "2030-02-20",
            "whatChanged", "New law"), String.class);

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withoutChange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutChange.getBody()).contains("what changed");
    assertThat(noFirstReport.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(repository.stateFacts(LocalDate.of(2030, 3, 2)).stream().filter(s -> s.code().equals("KIR"))
        .findFirst().orElseThrow().lastSubmission()).isEqualTo(LocalDate.of(2030, 2, 20));
    JsonNode replies = http.withBasicAuth("coordinator", "demo").getForObject("/api/routine-letters/replies",
        JsonNode.class);
    assertThat(replies.findValuesAsText("whatChanged")).contains("Export control act of 2029 adopted (OP 3 (d))");
  }

  @Test
  void aYearWithoutRoutineLettersIsNotFound() {
    ResponseEntity<String> response = http.withBasicAuth("coordinator", "demo").getForEntity(
        "/api/routine-letters/2061", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}

package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.PostgresApplication;

/**
 * The reporting tables on PostgreSQL ({@code ./mvnw -Ppostgres verify}): a report recorded over the
 * Committee's API ends the State's cycle, and its recording, the registry and the cycle register
 * are written there as on H2.
 */
class ReportingPostgresIT {

  @RegisterExtension
  static final PostgresApplication POSTGRES = new PostgresApplication("reporting");

  @Test
  void aReportRecordedOverTheApiEndsTheCycleAndIsKeptWithWhoRecordedIt() {
    ProcessInstance cycle = POSTGRES.bean(RuntimeService.class).startProcessInstanceByKey(
        FirstReportReminderProcess.KEY, "CHL", Map.of(FirstReportReminderProcess.STATE_CODE, "CHL"));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<Map> response = POSTGRES.http().withBasicAuth("staff", "demo").postForEntity("/api/reporting/reports",
        new HttpEntity<>("{\"stateCode\":\"CHL\",\"receivedOn\":\"2026-11-20\",\"reference\":\"NV/CHL/1\"}", headers),
        Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("cycleEnded", true).containsEntry("processInstanceId", cycle.getId());
    JdbcClient jdbc = POSTGRES.bean(JdbcClient.class);
    assertThat(jdbc.sql("SELECT recorded_by, recorded_through, cycle_process_instance_id FROM report_recording "
        + "WHERE state_code = 'CHL'").query().singleRow())
        .containsEntry("recorded_by", "staff").containsEntry("recorded_through", "API")
        .containsEntry("cycle_process_instance_id", cycle.getId());
    assertThat(jdbc.sql("SELECT status FROM first_report_cycle WHERE process_instance_id = :pi")
        .param("pi", cycle.getId()).query(String.class).single()).isEqualTo("REPORTED");
  }
}

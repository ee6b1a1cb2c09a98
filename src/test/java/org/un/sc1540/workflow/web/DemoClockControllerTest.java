package org.un.sc1540.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;

/** The demonstration clock: an administrator moves the engine's time forward; nobody else may. */
@CommitteeTest
class DemoClockControllerTest {

  private final TestRestTemplate http;
  private final CommitteeClock clock;

  DemoClockControllerTest(TestRestTemplate http, CommitteeClock clock) {
    this.http = http;
    this.clock = clock;
  }

  @Test
  void anAdministratorMovesTheClockToADayInNewYorkAndItKeepsRunning() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "admin").exchange("/api/demo/clock",
        HttpMethod.PUT, new HttpEntity<>(Map.of("date", "2027-02-01")), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("now").asText()).startsWith("2027-02-01T00:01");
    Instant expected = Instant.parse("2027-02-01T05:01:00Z");
    assertThat(Duration.between(expected, clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aCoordinatorMayNotMoveTheClock() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("coordinator", "demo").exchange("/api/demo/clock",
        HttpMethod.PUT, new HttpEntity<>(Map.of("dateTime", "2027-03-01T09:00:00-05:00")), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
  }
}

package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.PostgresApplication;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * A review on PostgreSQL (profiles {@code postgres,test}, run by {@code ./mvnw -Ppostgres verify}):
 * its tables (V30), its instants with their offset, and the one-review-per-year refusal. A schema of
 * its own for each run, dropped after it, as in PostgresIT.
 */
class ReviewPostgresIT {

  @RegisterExtension
  static final PostgresApplication POSTGRES = new PostgresApplication("it_review");

  @Test
  void aReviewKeepsItsStepsDatesAndMovesOnPostgresql() {
    int year = POSTGRES.bean(CommitteeClock.class).today().getYear() + 1;
    Map<String, Object> start = Map.of("variables",
        Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, Map.of("value", year, "type", "Integer")));

    ResponseEntity<JsonNode> started = POSTGRES.http().withBasicAuth("coordinator", "demo").postForEntity(
        "/engine-rest/process-definition/key/" + ComprehensiveReviewProcess.KEY + "/start", start, JsonNode.class);
    ResponseEntity<JsonNode> again = POSTGRES.http().withBasicAuth("coordinator", "demo").postForEntity(
        "/engine-rest/process-definition/key/" + ComprehensiveReviewProcess.KEY + "/start", start, JsonNode.class);
    ResponseEntity<JsonNode> moved = POSTGRES.http().withBasicAuth("coordinator", "demo").exchange(
        "/api/review/" + year + "/steps/AUG_RETREAT", HttpMethod.PUT, new HttpEntity<>(Map.of("month", 9)),
        JsonNode.class);
    JsonNode status = POSTGRES.http().withBasicAuth("coordinator", "demo")
        .getForEntity("/api/review/" + year + "/status", JsonNode.class).getBody();

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().get("businessKey").asText()).isEqualTo("REVIEW-" + year);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status.get("steps")).hasSize(36);
    JsonNode first = status.get("steps").get(0);
    assertThat(first.get("releaseDate").asText()).isEqualTo(year + "-02-01T00:00:00-05:00");
    assertThat(first.get("state").asText()).isEqualTo("WAITING_FOR_MONTH");
    assertThat(status.get("changes").get(0).get("toMonth").asInt()).isEqualTo(9);
  }

}

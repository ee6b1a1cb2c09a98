package org.un.sc1540.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.PostgresApplication;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * The assistance tables on PostgreSQL (V80; profiles {@code postgres,test}, {@code ./mvnw -Ppostgres
 * verify}): a request registered with its number and generated id, an offer and its provider, the
 * consolidated list and the quarterly report. A schema of its own, dropped after the run.
 */
class AssistancePostgresIT {

  @RegisterExtension
  static final PostgresApplication POSTGRES = new PostgresApplication("it_assistance");

  @Test
  void requestsOffersProvidersAndTheReportWorkOnPostgresql() {
    String today = POSTGRES.bean(CommitteeClock.class).today().toString();
    int year = Integer.parseInt(today.substring(0, 4));
    Map<String, Object> request = Map.of("stateCode", "MLI", "receivedOn", today, "areas", List.of("LEGISLATION"),
        "description", "Drafting of an export-control law", "usesTemplate", true, "consentToCirculate", true);

    ResponseEntity<JsonNode> first = POSTGRES.http().withBasicAuth("staff", "demo")
        .postForEntity("/api/assistance/requests", request, JsonNode.class);
    ResponseEntity<JsonNode> second = POSTGRES.http().withBasicAuth("staff", "demo")
        .postForEntity("/api/assistance/requests", request, JsonNode.class);
    ResponseEntity<JsonNode> offer = POSTGRES.http().withBasicAuth("staff", "demo").postForEntity("/api/assistance/offers",
        Map.of("providerKind", "ORGANIZATION", "name", "Legal Drafting Institute", "email", "ldi@example.org",
            "language", "fr", "region", "AFRICAN", "areas", List.of("LEGISLATION"),
            "requestId", first.getBody().get("id").asLong()), JsonNode.class);
    JsonNode providers = POSTGRES.http().withBasicAuth("staff", "demo").getForObject("/api/assistance/providers", JsonNode.class);
    JsonNode report = POSTGRES.http().withBasicAuth("coordinator", "demo").getForObject(
        "/api/assistance/report?year=" + year + "&quarter=" + ((Integer.parseInt(today.substring(5, 7)) - 1) / 3 + 1),
        JsonNode.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().get("businessKey").asText()).isEqualTo("ASSIST-MLI-" + year + "-1");
    assertThat(second.getBody().get("businessKey").asText()).isEqualTo("ASSIST-MLI-" + year + "-2");
    assertThat(offer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(offer.getBody().get("requestBusinessKey").asText()).isEqualTo("ASSIST-MLI-" + year + "-1");
    assertThat(providers.get(0).get("region").asText()).isEqualTo("AFRICAN");
    assertThat(report.get("requestsReceived").asInt()).isEqualTo(2);
    assertThat(report.get("offersReceived").asInt()).isEqualTo(1);
  }
}

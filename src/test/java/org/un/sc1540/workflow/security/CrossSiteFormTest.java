package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.Contact;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Issue 11, finding 6: a form on another site, submitted by the browser of signed-in secretariat
 * staff, replaced Portugal's Mission address (CSRF protection was off on {@code /api}, the import
 * took {@code text/plain}, which a plain HTML form can send, and the session cookie had no
 * SameSite). Each of those doors is tried; Portugal's contacts stay as they were.
 */
@CommitteeTest
class CrossSiteFormTest {

  private static final String STATE = "PRT";
  private static final String HOSTILE_FILE = "state,role,name,organization,email,valid_from\n"
      + "PRT,MISSION,Permanent Mission of Portugal,,mission.prt@attacker.example,\n";

  private final TestRestTemplate http;
  private final RegistryService registry;

  CrossSiteFormTest(TestRestTemplate http, RegistryService registry) {
    this.http = http;
    this.registry = registry;
  }

  @Test
  void theSessionAloneDoesNotImportContacts() {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");
    List<Contact> before = registry.currentContacts(STATE);

    ResponseEntity<String> response = staff.send("/api/registry/contacts", HttpMethod.POST, csv(), HOSTILE_FILE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(registry.currentContacts(STATE)).isEqualTo(before);
  }

  @Test
  void aPageOfAnotherSiteIsRefusedEvenIfItHadTheToken() {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");
    List<Contact> before = registry.currentContacts(STATE);
    HttpHeaders headers = csv();
    headers.set("X-CSRF-TOKEN", staff.csrfToken());
    headers.set(HttpHeaders.ORIGIN, "https://attacker.example");
    headers.set("Sec-Fetch-Site", "cross-site");

    ResponseEntity<String> response = staff.send("/api/registry/contacts", HttpMethod.POST, headers, HOSTILE_FILE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("Cross-site request refused");
    assertThat(registry.currentContacts(STATE)).isEqualTo(before);
  }

  /** {@code <form enctype="text/plain">} is the only way a plain form sends a CSV-like body. */
  @Test
  void theImportRefusesTextPlain() {
    List<Contact> before = registry.currentContacts(STATE);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    headers.setBasicAuth("staff", "demo");

    ResponseEntity<String> response = http.exchange("/api/registry/contacts", HttpMethod.POST,
        new HttpEntity<>(HOSTILE_FILE, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(response.getBody()).contains("send text/csv");
    assertThat(registry.currentContacts(STATE)).isEqualTo(before);
  }

  @Test
  void theFirstReportsImportRefusesTextPlain() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    headers.setBasicAuth("staff", "demo");

    ResponseEntity<String> response = http.exchange("/api/reporting/first-reports", HttpMethod.POST,
        new HttpEntity<>("state,received_on,reference\nPRT,2005-01-01,\n", headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(registry.firstReportDate(STATE)).isEmpty();
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnly() {
    ResponseEntity<String> loginPage = http.getForEntity("/committee/login", String.class);

    String cookie = BrowserSession.setCookie(loginPage).stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
        .orElseThrow();
    assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
  }

  /** The same import from the Committee's own page, with the token its forms carry, goes through. */
  @Test
  void theSameRequestFromTheCommitteesOwnPageWithItsTokenIsAccepted() {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");
    HttpHeaders headers = csv();
    headers.set("X-CSRF-TOKEN", staff.csrfToken());
    headers.set(HttpHeaders.ORIGIN, http.getRootUri());
    String file = "state,role,name,organization,email,valid_from\n"
        + "TLS,POC,Point of contact of Timor-Leste,,poc.tls.csrf@example.org,\n";

    ResponseEntity<String> response = staff.send("/api/registry/contacts", HttpMethod.POST, headers, file);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(registry.currentContacts("TLS")).anySatisfy(c -> assertThat(c.email()).isEqualTo("poc.tls.csrf@example.org"));
  }

  private static HttpHeaders csv() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return headers;
  }
}

package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Issue 11, finding 1: a page on another origin made the browser of a signed-in administrator
 * submit a multipart form to {@code /engine-rest/deployment/create} (the browser resent the Basic
 * credentials it had cached after a {@code WWW-Authenticate} challenge), and a deployed model can
 * call Java. Each way that request could reach the engine is tried here, and nothing is deployed.
 */
@CommitteeTest
class CrossSiteDeploymentTest {

  private static final String DEPLOY = "/engine-rest/deployment/create";

  private final TestRestTemplate http;
  private final RepositoryService repository;

  CrossSiteDeploymentTest(TestRestTemplate http, RepositoryService repository) {
    this.http = http;
    this.repository = repository;
  }

  @Test
  void theEngineRestApiNeverAsksABrowserForAPasswordSoNoBrowserCachesOne() {
    String name = uniqueName();

    ResponseEntity<String> response = http.exchange(DEPLOY, HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(deployment(name), multipart()), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertNothingDeployed(name);
  }

  @Test
  void anAdministratorsSessionDoesNotAuthenticateTheEngineRestApi() {
    BrowserSession admin = BrowserSession.signIn(http, "admin", "admin");
    assertThat(admin.get("/camunda/app/cockpit/default/").getStatusCode()).isEqualTo(HttpStatus.OK);
    String name = uniqueName();

    ResponseEntity<String> response = admin.send(DEPLOY, HttpMethod.POST, multipart(), deployment(name));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertNothingDeployed(name);
  }

  /** What a hostile page's form or fetch carries, even if the browser had credentials to add. */
  @ParameterizedTest(name = "Origin {0}, Sec-Fetch-Site {1}")
  @CsvSource(nullValues = "-", value = {
      "https://attacker.example, cross-site",
      "http://localhost:9, same-site",
      "https://attacker.example, -",
      "null, -",
      "-, cross-site"})
  void aCrossSiteDeploymentIsRefusedEvenWithTheAdministratorsCredentials(String origin, String fetchSite) {
    String name = uniqueName();
    HttpHeaders headers = multipart();
    headers.setBasicAuth("admin", "admin");
    if (origin != null) {
      headers.set(HttpHeaders.ORIGIN, origin);
    }
    if (fetchSite != null) {
      headers.set("Sec-Fetch-Site", fetchSite);
    }

    ResponseEntity<String> response = http.exchange(DEPLOY, HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(deployment(name), headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("Cross-site request refused");
    assertNothingDeployed(name);
  }

  @Test
  void theWebApplicationsEngineApiRefusesACrossSiteDeploymentFromASignedInBrowser() {
    BrowserSession admin = BrowserSession.signIn(http, "admin", "admin");
    assertThat(admin.get("/camunda/app/cockpit/default/").getStatusCode()).isEqualTo(HttpStatus.OK);
    String name = uniqueName();
    HttpHeaders headers = multipart();
    headers.set(HttpHeaders.ORIGIN, "https://attacker.example");
    headers.set("Sec-Fetch-Site", "cross-site");

    ResponseEntity<String> response = admin.send("/camunda/api/engine/engine/default/deployment/create",
        HttpMethod.POST, headers, deployment(name));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertNothingDeployed(name);
  }

  @Test
  void aProgramSendingItsOwnCredentialsFromNoPageReachesTheEngine() {
    // Not a cross-site request: the HTTP layer lets it through, and the engine's own rule answers
    // (deployment over REST is off by default, for administrators too; ApplicationJvm turns it on).
    String name = uniqueName();
    HttpHeaders headers = multipart();
    headers.setBasicAuth("admin", "admin");

    ResponseEntity<String> response = http.exchange(DEPLOY, HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(deployment(name), headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("committee.security.rest-deployment=false");
    assertNothingDeployed(name);
  }

  private void assertNothingDeployed(String name) {
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).as("deployments named %s", name)
        .isZero();
  }

  private static HttpHeaders multipart() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }

  /** A deployment with one resource that is not a model: the engine stores it and parses nothing. */
  private static MultiValueMap<String, Object> deployment(String name) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add("data", new ByteArrayResource("not a model".getBytes()) {
      @Override
      public String getFilename() {
        return "note.txt";
      }
    });
    return parts;
  }

  private static String uniqueName() {
    return "cross-site-" + UUID.randomUUID();
  }
}

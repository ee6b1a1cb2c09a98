package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.un.sc1540.workflow.CommitteeTest;

/** {@code /engine-rest}: HTTP Basic against Camunda's users, then Camunda's authorizations. */
@CommitteeTest
class EngineRestSecurityTest {

  private final TestRestTemplate http;
  private final IdentityService identities;
  private final RepositoryService repositoryService;

  EngineRestSecurityTest(TestRestTemplate http, IdentityService identities, RepositoryService repositoryService) {
    this.http = http;
    this.identities = identities;
    this.repositoryService = repositoryService;
  }

  @Test
  void anonymousCallIsUnauthorizedWithoutABasicChallenge() {
    ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    String userId = uniqueId("mistyped");
    User user = identities.newUser(userId);
    user.setPassword("the-right-password");
    identities.saveUser(user);

    ResponseEntity<String> response = http.withBasicAuth(userId, "a-wrong-password")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void staffReadsTasks() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo").getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void staffCannotCreateUsers() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo")
        .postForEntity("/engine-rest/user/create", newUser(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void staffCannotCreateGroups() {
    Map<String, Object> group = Map.of("id", uniqueId("group"), "name", "Self-made group", "type", "WORKFLOW");

    ResponseEntity<String> response = http.withBasicAuth("staff", "demo")
        .postForEntity("/engine-rest/group/create", json(group), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void staffCannotGrantThemselvesAuthorizations() {
    Map<String, Object> grantAll = Map.of("type", 1, "permissions", new String[] {"ALL"}, "userId", "staff",
        "resourceType", 0, "resourceId", "*");

    ResponseEntity<String> response = http.withBasicAuth("staff", "demo")
        .postForEntity("/engine-rest/authorization/create", json(grantAll), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void staffCannotDeployModels() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo")
        .postForEntity("/engine-rest/deployment/create", deployment(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void administratorCreatesUsers() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "admin")
        .postForEntity("/engine-rest/user/create", newUser(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void evenAnAdministratorCannotDeployOverRestByDefault() {
    long deployments = repositoryService.createDeploymentQuery().count();

    ResponseEntity<String> response = http.withBasicAuth("admin", "admin")
        .postForEntity("/engine-rest/deployment/create", deployment(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("committee.security.rest-deployment=false");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  private static HttpEntity<Map<String, Object>> newUser() {
    String id = uniqueId("user");
    return json(Map.of(
        "profile", Map.of("id", id, "firstName", "New", "lastName", "User", "email", id + "@example.org"),
        "credentials", Map.of("password", "a-long-enough-password")));
  }

  /** A deployment with one resource that is not a model: the engine stores it and parses nothing. */
  private static HttpEntity<MultiValueMap<String, Object>> deployment() {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", uniqueId("rest-deployment"));
    parts.add("data", new ByteArrayResource("just a file".getBytes()) {
      @Override
      public String getFilename() {
        return "note.txt";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static <T> HttpEntity<T> json(T body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static String uniqueId(String prefix) {
    // Camunda accepts only letters and digits in user and group ids.
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }
}

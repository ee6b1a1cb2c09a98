package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.FirstReportReminderProcess;

/**
 * Issue 11, finding 7, as the attack: a member of the secretariat signed in to Tasklist uses the web
 * applications' own REST API ({@code /camunda/api/engine/...}) with the session and the CSRF token
 * Tasklist itself uses. A message to every instance at once is refused by the engine rules and no
 * reminder cycle ends; a body over the limit streamed without a length is refused once the limit
 * is passed, not read whole.
 */
@CommitteeTest
class WebappEngineApiAttackTest {

  private static final String STATE = "WSM";
  private static final long BODY = 150L * 1024 * 1024;

  @LocalServerPort int port;
  private final TestRestTemplate http;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RegistryService registry;

  WebappEngineApiAttackTest(TestRestTemplate http, RuntimeService runtimeService, ManagementService managementService,
      RegistryService registry) {
    this.http = http;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.registry = registry;
  }

  /** What Tasklist holds once open: the session cookie and the webapps' CSRF token (header X-XSRF-TOKEN). */
  private record WebappSession(String cookie, String xsrfToken) {}

  private WebappSession signInToTasklist(String user) {
    BrowserSession browser = BrowserSession.signIn(http, user, "demo");
    ResponseEntity<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.getStatusCode().value()).isEqualTo(200);
    String token = tasklist.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(token).as("the webapps' CSRF token, as Tasklist receives it").isNotBlank();
    return new WebappSession(browser.cookie() + "; XSRF-TOKEN=" + token, token);
  }

  private HttpRequest.Builder post(WebappSession session, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/engine/engine/default" + path))
        .header("Cookie", session.cookie())
        .header("X-XSRF-TOKEN", session.xsrfToken())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
  }

  @Test
  void staffSendingNationalReportReceivedToAllInstancesAreRefusedAndNoCycleEnds() throws Exception {
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, STATE,
        Map.of(FirstReportReminderProcess.STATE_CODE, STATE));
    runJobs(cycle.getId());
    assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(cycle.getId())
        .eventName(FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED).count())
        .as("the cycle waits for the report").isPositive();
    WebappSession staff = signInToTasklist("staff");

    HttpResponse<String> toAll = send(staff, "{\"messageName\":\""
        + FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED + "\",\"all\":true}");
    HttpResponse<String> toAllOfAState = send(staff, "{\"messageName\":\""
        + FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED + "\",\"all\":true,\"correlationKeys\":"
        + "{\"stateCode\":{\"value\":\"" + STATE + "\",\"type\":\"String\"}}}");

    // Both answered by the engine rules, so both passed the session and the CSRF checks and reached the engine.
    assertThat(toAll.statusCode()).as(toAll.body()).isEqualTo(400);
    assertThat(toAll.body()).contains("must name correlationKeys.stateCode");
    assertThat(toAllOfAState.statusCode()).as(toAllOfAState.body()).isEqualTo(403);
    assertThat(toAllOfAState.body()).contains("may not send a message to all instances at once");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getId()).count())
        .as("the cycle still runs").isEqualTo(1);
    assertThat(registry.firstReportDate(STATE)).isEmpty();
  }

  private HttpResponse<String> send(WebappSession session, String json) throws Exception {
    return HttpClient.newHttpClient().send(post(session, "/message").POST(HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBodyOverTheLimitStreamedWithoutALengthIsRefusedWithoutBeingReadWhole() throws Exception {
    WebappSession staff = signInToTasklist("staff");
    AtomicLong sent = new AtomicLong();

    HttpResponse<String> response = HttpClient.newHttpClient().send(post(staff, "/message")
            .POST(HttpRequest.BodyPublishers.fromPublisher(spaces(sent)))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("larger than 5 MB");
    assertThat(sent.get()).as("bytes the client sent").isLessThan(BODY);
  }

  @Test
  void theSameBodyToTheEngineRestApiIsRefusedAlike() throws Exception {
    AtomicLong sent = new AtomicLong();

    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/message"))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("staff:demo".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.fromPublisher(spaces(sent)))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("larger than 5 MB");
    assertThat(sent.get()).as("bytes the client sent").isLessThan(BODY);
  }

  private void runJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  /**
   * {@code BODY} bytes of JSON white space produced as they are sent, never held in memory, and
   * with no length declared (chunked), so that only counting what is read can stop it.
   */
  private static Flow.Publisher<ByteBuffer> spaces(AtomicLong sent) {
    return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
      private boolean done;

      @Override
      public void request(long n) {
        for (long i = 0; i < n && !done; i++) {
          long left = BODY - sent.get();
          if (left <= 0) {
            done = true;
            subscriber.onComplete();
            return;
          }
          int chunk = (int) Math.min(64 * 1024, left);
          sent.addAndGet(chunk);
          byte[] bytes = new byte[chunk];
          java.util.Arrays.fill(bytes, (byte) ' ');
          subscriber.onNext(ByteBuffer.wrap(bytes));
        }
      }

      @Override
      public void cancel() {
        done = true;
      }
    });
  }
}

package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Issue 11, finding 7: the web applications' REST API ({@code /camunda/api/engine}) skipped the
 * limits of {@code /engine-rest}; a 150 MB body was read whole. It is refused now before it is
 * read, from a signed-in session as from anyone, and the client is not made to send it all.
 */
@CommitteeTest
class WebappEngineApiLimitTest {

  private static final long BODY = 150L * 1024 * 1024;

  @LocalServerPort int port;
  private final TestRestTemplate http;

  WebappEngineApiLimitTest(TestRestTemplate http) {
    this.http = http;
  }

  @Test
  void a150MegabyteBodyIsRefusedWithoutBeingRead() throws Exception {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");
    assertThat(staff.get("/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(200);
    AtomicLong sent = new AtomicLong();

    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/engine/engine/default/message"))
            .header("Cookie", staff.cookie())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.fromPublisher(zeros(sent), BODY))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("larger than 5 MB");
    assertThat(sent.get()).as("bytes the client sent").isLessThan(BODY);
  }

  /** A body of {@code BODY} bytes produced as it is sent, never held in memory. */
  private static Flow.Publisher<ByteBuffer> zeros(AtomicLong sent) {
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
          subscriber.onNext(ByteBuffer.wrap(new byte[chunk]));
        }
      }

      @Override
      public void cancel() {
        done = true;
      }
    });
  }
}

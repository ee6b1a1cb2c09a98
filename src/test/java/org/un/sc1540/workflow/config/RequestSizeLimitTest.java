package org.un.sc1540.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;

/** Oversized bodies are refused with 413 and nothing is written, declared or streamed. */
@CommitteeTest
class RequestSizeLimitTest {

  private static final String HEADER = "state,role,name,organization,email,valid_from\n";

  @LocalServerPort int port;
  private final JdbcClient jdbc;

  RequestSizeLimitTest(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Test
  void aDeclaredBodyOverFiveMegabytesIsRefusedBeforeItIsRead() throws Exception {
    long before = contacts();

    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(oversizedCsv()));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("larger than 5 MB");
    assertThat(contacts()).isEqualTo(before);
  }

  @Test
  void aStreamedBodyOverFiveMegabytesIsRefusedAsItArrives() throws Exception {
    long before = contacts();
    byte[] body = oversizedCsv();

    // No Content-Length: the client sends the body in chunks.
    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(contacts()).isEqualTo(before);
  }

  private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/registry/contacts"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "text/csv")
        .POST(body)
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] oversizedCsv() {
    StringBuilder csv = new StringBuilder(HEADER);
    String row = "KEN,POC,Wanjiru Kamau,Ministry of Foreign Affairs,w.kamau@example.org,\n";
    while (csv.length() < 6 * 1024 * 1024) {
      csv.append(row);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private long contacts() {
    return jdbc.sql("SELECT COUNT(*) FROM state_contact").query(Long.class).single();
  }
}

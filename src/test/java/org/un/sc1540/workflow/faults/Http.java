package org.un.sc1540.workflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** HTTP to an application in another JVM, with HTTP Basic as one Camunda user; JSON in and out. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (HTTP " + status + "): " + body, e);
      }
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String authorization;

  Http(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  JsonNode get(String path) {
    return ok("GET", path, send(request(path).GET()));
  }

  JsonNode post(String path, Object json) {
    return ok("POST", path, send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(json)))));
  }

  JsonNode put(String path, Object json) {
    return ok("PUT", path, send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(write(json)))));
  }

  /** A GET that may find nobody listening yet: null then. */
  Response tryGet(String path) {
    try {
      HttpResponse<String> response = client.send(request(path).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  /** {@code POST /engine-rest/deployment/create}: one resource, as Camunda Modeler deploys. */
  JsonNode deploy(String deploymentName, String fileName, byte[] content) {
    String boundary = "----fault-test-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> fields = Map.of("deployment-name", deploymentName, "enable-duplicate-filtering", "false",
        "deployment-source", "fault-tests");
    fields.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + field + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return ok("POST", "/engine-rest/deployment/create", send(request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization).header("Accept", "application/json");
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError("No answer from " + baseUrl + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  private static JsonNode ok(String method, String path, Response response) {
    if (response.status() / 100 != 2) {
      throw new AssertionError(method + " " + path + " answered " + response.status() + ": " + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : response.json();
  }

  private static String write(Object json) {
    try {
      return json instanceof String text ? text : JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

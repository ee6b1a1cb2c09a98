package org.un.sc1540.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The body of a refusal written by a filter, before any controller runs: on the engine REST API in
 * Camunda's error shape ({@code type}, {@code message}), elsewhere as {@code application/problem+json}.
 */
final class Refusals {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Refusals() {}

  static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
      throws IOException {
    response.setStatus(status.value());
    Map<String, Object> body = new LinkedHashMap<>();
    if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      body.put("type", status.getReasonPhrase().replace(" ", ""));
      body.put("message", message);
    } else {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      body.put("type", "about:blank");
      body.put("title", status.getReasonPhrase());
      body.put("status", status.value());
      body.put("detail", message);
    }
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), body);
  }
}

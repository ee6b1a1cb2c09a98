package org.un.sc1540.workflow.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the engine REST API where State codes come in: message correlation
 * ({@code POST /engine-rest/message}) and process starts ({@code .../start}, {@code .../submit-form}).
 * A {@code stateCode} in the correlation keys or variables, and every code of a {@code stateCodes}
 * list, must be one of the 193 Member States, or the request is answered 400 with Camunda's error
 * shape ({@code {type, message}}) naming the code, before the engine sees it. Without this, an
 * unknown code in a message is just "no process matches", indistinguishable from a State whose
 * process has ended, and a refused start would be Camunda's 500.
 *
 * <p>Generic: it knows no message or process names, so every process correlated or started by
 * {@code stateCode} (NationalReportReceived, MatrixCommentsReceived, ...) is covered. Bodies that
 * are not JSON objects are passed on for Camunda to refuse in its own words.
 *
 * <p>A message must also say which State it concerns ({@code correlationKeys.stateCode}), or
 * address its instance by {@code processInstanceId} or {@code businessKey}: the messages that come
 * from outside are each about one State, and without the code the engine hands the message to
 * whichever instance waits for it, so that Bhutan's report would end another State's reminder
 * cycle. (The review's messages are correlated inside the application, not through this API.)
 */
public class MessageStateCodeFilter extends OncePerRequestFilter {

  /** Registered on the whole engine REST API; only message correlation requests are looked at. */
  public static final String URL_PATTERN = "/engine-rest/*";
  /** {@code /engine-rest/message}, and the same for a named engine: {@code /engine-rest/engine/default/message}. */
  static final Pattern MESSAGE_PATH = Pattern.compile("/engine-rest(/engine/[^/]+)?/message/?");
  /** Process starts by id or key (with or without tenant): {@code .../process-definition/key/X/start}. */
  static final Pattern START_PATH = Pattern.compile(
      "/engine-rest(/engine/[^/]+)?/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)/?");
  static final String VARIABLE = "stateCode";
  static final String LIST_VARIABLE = "stateCodes";
  static final List<String> SECTIONS = List.of("correlationKeys", "localCorrelationKeys", "processVariables",
      "processVariablesLocal", "variables");
  /** The application's request limit (config.RequestSizeLimit refuses larger bodies before this filter). */
  static final int MAX_INSPECTED_BYTES = 5 * 1024 * 1024;

  private final RegistryService registry;
  private final ObjectMapper json = new ObjectMapper();

  public MessageStateCodeFilter(RegistryService registry) {
    this.registry = registry;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(MESSAGE_PATH.matcher(path).matches() || START_PATH.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BYTES + 1);
    if (body.length > MAX_INSPECTED_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // A message is correlated by exact comparison, so "fra" would match nothing; a process start
    // may normalise the code itself, so there only membership counts.
    List<String> problems = problems(body, MESSAGE_PATH.matcher(path).matches());
    if (!problems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      ObjectNode error = json.createObjectNode();
      error.put("type", "InvalidRequestException");
      error.put("message", String.join("; ", problems));
      json.writeValue(response.getWriter(), error);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /**
   * What is wrong with the stateCode values in the body; empty when nothing is (or it is not our JSON).
   *
   * @param exactCase a message (correlated by exact comparison), which must also name its State
   */
  List<String> problems(byte[] body, boolean exactCase) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      return problems;
    }
    if (exactCase && !namesItsInstance(root)) {
      problems.add("correlationKeys." + VARIABLE + " is required: the messages other systems send (NationalReportReceived, "
          + "MatrixCommentsReceived) each concern one State, and without its code the message would go to whichever "
          + "instance waits for it. To address one instance otherwise, give processInstanceId or businessKey");
    }
    for (String section : SECTIONS) {
      checkList(section, root.path(section).path(LIST_VARIABLE), problems);
      JsonNode variable = root.path(section).path(VARIABLE);
      if (variable.isMissingNode() || variable.isNull()) {
        continue;
      }
      JsonNode value = variable.isObject() ? variable.get("value") : variable;
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        problems.add(section + "." + VARIABLE + " must be a State's ISO 3166-1 alpha-3 code (a string), not "
            + (value == null ? "missing" : value.toString()));
      } else if (!registry.isMember(exactCase ? value.asText() : value.asText().strip().toUpperCase(Locale.ROOT))) {
        String code = value.asText();
        problems.add("unknown State code '" + code + "' in " + section + "." + VARIABLE
            + ": not one of the 193 Member States (ISO 3166-1 alpha-3"
            + (registry.isMember(code.toUpperCase(Locale.ROOT)) ? ", upper case: '" + code.toUpperCase(Locale.ROOT)
                + "'" : "") + ")");
      }
    }
    return problems;
  }

  private static boolean namesItsInstance(JsonNode message) {
    for (String keys : List.of("correlationKeys", "localCorrelationKeys")) {
      JsonNode code = message.path(keys).path(VARIABLE);
      if (!code.isMissingNode() && !code.isNull()) {
        return true;
      }
    }
    return List.of("processInstanceId", "businessKey").stream()
        .anyMatch(field -> message.path(field).isTextual() && !message.path(field).asText().isBlank());
  }

  /** Every code of a stateCodes list must be a Member State; a list that does not parse is the process's to refuse. */
  private void checkList(String section, JsonNode variable, List<String> problems) {
    if (variable.isMissingNode() || variable.isNull()) {
      return;
    }
    JsonNode value = variable.isObject() ? variable.get("value") : variable;
    if (value == null || !value.isTextual()) {
      return;
    }
    List<String> codes;
    try {
      codes = StateCodeList.parse(value.asText());
    } catch (RuntimeException e) {
      return;
    }
    List<String> unknown = codes.stream().filter(code -> !registry.isMember(code)).toList();
    if (!unknown.isEmpty()) {
      problems.add("unknown State code(s) " + String.join(", ", unknown.stream().map(c -> "'" + c + "'").toList())
          + " in " + section + "." + LIST_VARIABLE + ": not among the 193 Member States (ISO 3166-1 alpha-3)");
    }
  }

  /** The request with its body, already read here, readable again by Camunda. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

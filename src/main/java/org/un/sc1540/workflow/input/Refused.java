package org.un.sc1540.workflow.input;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;

/**
 * A request refused because of what it asks, with the HTTP status the Committee's API answers and,
 * where useful, details for the problem document (e.g. the lines of a refused file).
 *
 * <p>A {@link BadUserRequestException}, so that the same refusal thrown inside the engine (a start
 * listener, a delegate, a task listener) reaches Tasklist as its message and the engine REST API
 * as a 400, and a refused command rolls back everything it had written.
 */
public class Refused extends BadUserRequestException {

  private final HttpStatus status;
  private final String title;
  private final Map<String, Object> details;

  protected Refused(HttpStatus status, String title, String message, Map<String, Object> details) {
    super(message);
    this.status = status;
    this.title = title;
    this.details = Map.copyOf(details);
  }

  protected Refused(HttpStatus status, String message) {
    this(status, null, message, Map.of());
  }

  /** The input is wrong: a value missing, malformed or out of range. */
  public static Refused badRequest(String message) {
    return new Refused(HttpStatus.BAD_REQUEST, message);
  }

  /** What the request names does not exist. */
  public static Refused notFound(String message) {
    return new Refused(HttpStatus.NOT_FOUND, message);
  }

  /** The request is well formed but the state of things forbids it (already running, already done). */
  public static Refused conflict(String message) {
    return new Refused(HttpStatus.CONFLICT, message);
  }

  /** A document (a CSV file) was read but its content is refused; {@code details} say where. */
  public static Refused unprocessable(String title, String message, Map<String, Object> details) {
    return new Refused(HttpStatus.UNPROCESSABLE_ENTITY, title, message, new LinkedHashMap<>(details));
  }

  public HttpStatus status() {
    return status;
  }

  /** A title for the problem document, or null for the status's own. */
  public String title() {
    return title;
  }

  public Map<String, Object> details() {
    return details;
  }
}

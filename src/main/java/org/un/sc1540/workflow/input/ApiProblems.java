package org.un.sc1540.workflow.input;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one error model of the Committee's API ({@code /api/**}): every refusal is an
 * {@code application/problem+json} document (RFC 9457) with the status, a title and the detail in
 * plain words, never a stack trace, an engine code or a Java type. The engine REST API keeps
 * Camunda's own shape ({@code config/EngineRestConfiguration}).
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(Refused.class)
  ResponseEntity<ProblemDetail> refused(Refused e) {
    ProblemDetail problem = problem(e.status(), e.getMessage());
    if (e.title() != null) {
      problem.setTitle(e.title());
    }
    e.details().forEach(problem::setProperty);
    return respond(problem);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> notAllowed(AuthorizationException e) {
    return respond(problem(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  /** Camunda's own refusals of bad input (an unknown id, a value the engine cannot take). */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<ProblemDetail> badRequest(BadUserRequestException e) {
    return respond(problem(HttpStatus.BAD_REQUEST, EngineMessages.plain(e.getMessage())));
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> concurrent(OptimisticLockingException e) {
    LOG.info("Concurrent change refused: {}", e.getMessage());
    return respond(problem(HttpStatus.CONFLICT,
        "Someone else changed the same thing at the same moment; nothing was written. Try again."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLarge tooLarge) {
        return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
      }
    }
    String detail = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
        ? "The request body is empty; this request needs one"
        : "The request body cannot be read: " + EngineMessages.plainJson(e.getMostSpecificCause().getMessage());
    return respond(problem(HttpStatus.BAD_REQUEST, detail));
  }

  /** Spring's own answer names no types; this one says which the endpoint takes. */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e) {
    MediaType given = e.getContentType();
    ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type '"
        + (given == null ? "(none)" : given.getType() + "/" + given.getSubtype()) + "' is not accepted here; send "
        + e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(" or ")));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(e.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
    HttpHeaders headers = new HttpHeaders();
    if (e.getSupportedHttpMethods() != null) {
      headers.setAllow(e.getSupportedHttpMethods());
    }
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not answered here"
            + (e.getSupportedMethods() == null ? "" : "; use " + String.join(" or ", e.getSupportedMethods()))));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return respond(problem(HttpStatus.BAD_REQUEST, "The parameter " + e.getParameterName() + " is required"));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    return respond(problem(HttpStatus.BAD_REQUEST, e.getName() + " '" + e.getValue() + "' is not "
        + (e.getRequiredType() == null ? "valid here" : "a " + describe(e.getRequiredType()))));
  }

  private static String describe(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "whole number";
    }
    if (type == java.time.LocalDate.class) {
      return "date written year-month-day, such as 2027-05-29";
    }
    return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(TITLES.getOrDefault(status, status.getReasonPhrase()));
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static final Map<HttpStatus, String> TITLES = Map.of(
      HttpStatus.BAD_REQUEST, "Request refused",
      HttpStatus.FORBIDDEN, "Not allowed",
      HttpStatus.NOT_FOUND, "Not found",
      HttpStatus.CONFLICT, "Not possible now",
      HttpStatus.UNPROCESSABLE_ENTITY, "Content refused",
      HttpStatus.PAYLOAD_TOO_LARGE, "Request too large");

  /** Thrown while a request body is read and found larger than the application takes. */
  public static class BodyTooLarge extends java.io.IOException {
    public BodyTooLarge(String message) {
      super(message);
    }
  }
}

package org.un.sc1540.workflow.review;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;

/**
 * A request about a review that is refused, with the HTTP status the API answers. A
 * BadUserRequestException, so that Tasklist shows its message as it is when a start form or a
 * task form is refused.
 */
class ReviewRequestException extends BadUserRequestException {

  private final HttpStatus status;

  ReviewRequestException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static ReviewRequestException badRequest(String message) {
    return new ReviewRequestException(HttpStatus.BAD_REQUEST, message);
  }

  static ReviewRequestException notFound(String message) {
    return new ReviewRequestException(HttpStatus.NOT_FOUND, message);
  }

  static ReviewRequestException conflict(String message) {
    return new ReviewRequestException(HttpStatus.CONFLICT, message);
  }

  static ReviewRequestException forbidden(String message) {
    return new ReviewRequestException(HttpStatus.FORBIDDEN, message);
  }

  HttpStatus status() {
    return status;
  }
}

package org.un.sc1540.workflow.review;

import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.security.CommitteeAccess;

/** The review's refusals: {@link Refused} with the status the API answers, or a refusal of who asked. */
final class ReviewRequestException {

  private ReviewRequestException() {}

  static Refused badRequest(String message) {
    return Refused.badRequest(message);
  }

  static Refused notFound(String message) {
    return Refused.notFound(message);
  }

  static Refused conflict(String message) {
    return Refused.conflict(message);
  }

  static RuntimeException forbidden(String message) {
    return new CommitteeAccess.NotAllowed(message);
  }
}

package org.un.sc1540.workflow.notification;

/**
 * A letter that cannot be addressed: the State has no valid Permanent Mission address. A business
 * problem, not a technical one: the delegate turns it into the BPMN error {@link #ERROR_CODE},
 * which the calling process models, instead of an incident that retrying cannot resolve.
 */
public class UndeliverableLetterException extends RuntimeException {

  public static final String ERROR_CODE = "LETTER_UNDELIVERABLE";

  public UndeliverableLetterException(String message) {
    super(message);
  }
}

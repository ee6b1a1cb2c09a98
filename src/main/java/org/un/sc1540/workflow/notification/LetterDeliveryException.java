package org.un.sc1540.workflow.notification;

/**
 * The SMTP server did not accept a letter. A technical failure: the job retries on its cycle and
 * then raises an incident whose message is this exception's, so it must read well in Cockpit.
 */
public class LetterDeliveryException extends RuntimeException {

  public LetterDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}

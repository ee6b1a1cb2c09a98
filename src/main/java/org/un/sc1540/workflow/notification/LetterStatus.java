package org.un.sc1540.workflow.notification;

public enum LetterStatus {
  /** Registered with its symbol; the SMTP server has not accepted it yet. */
  PENDING,
  /** Accepted by the SMTP server. Never sent again. */
  SENT,
  /** The last attempt failed; the job retries, and the same letter (symbol, Message-ID) is sent then. */
  FAILED
}

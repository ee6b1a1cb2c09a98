package org.un.sc1540.workflow.notification;

import java.util.Locale;

/**
 * The letters the Committee sends. Each has one template per UN language under
 * {@code letters/<language>/<template>.html}; a missing one stops the application at start-up.
 */
public enum LetterType {
  /** Note verbale asking a State for its first national report (2663 §6, PoW §8(b)); later ones are reminders. */
  FIRST_REPORT_REMINDER,
  /** Acknowledges the receipt of a State's first national report. */
  REPORT_ACKNOWLEDGEMENT,
  /** Covering note verbale transmitting the State's updated matrix for comments (Annex II, March). */
  MATRIX_COVERING,
  /** Reminder that the comments on the matrix are due. */
  MATRIX_REMINDER,
  /** Transmits a revised matrix for a further consultation with the State (Annex II, June). */
  MATRIX_CONSULTATION;

  /** File name of the template, e.g. {@code first-report-reminder}. */
  public String template() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package org.un.sc1540.workflow.notification;

import java.util.List;
import java.util.Locale;

/**
 * The letters the Committee sends. Each has one template per UN language under
 * {@code letters/<language>/<template>.html}; a missing one stops the application at start-up.
 */
public enum LetterType {
  /** Note verbale asking a State for its first national report (2663 §6, PoW §8(b)); later ones are reminders. */
  FIRST_REPORT_REMINDER("additionalParagraph"),
  /** Acknowledges the receipt of a State's first national report. */
  REPORT_ACKNOWLEDGEMENT,
  /** Covering note verbale transmitting the State's updated matrix for comments (Annex II, March). */
  MATRIX_COVERING("changesSummary"),
  /** Reminder that the comments on the matrix are due. */
  MATRIX_REMINDER,
  /** Transmits a revised matrix for a further consultation with the State (Annex II, June). */
  MATRIX_CONSULTATION,
  /** Acknowledges a State's request for assistance (2663 §16), with its reference. */
  ASSISTANCE_REQUEST_ACKNOWLEDGEMENT,
  /** Asks the requesting State to clarify its request, by a date. */
  ASSISTANCE_CLARIFICATION_REQUEST,
  /** Reminds the requesting State that the clarification is awaited. */
  ASSISTANCE_CLARIFICATION_REMINDER,
  /** Circulates a request, with the State's consent, to a provider whose offers match it (PoW §9(a)-(c)). */
  ASSISTANCE_REQUEST_CIRCULATION,
  /** Reminds a provider that an answer to a circulated request is awaited. */
  ASSISTANCE_CIRCULATION_REMINDER,
  /** Seeks follow-up information from the requesting State or the provider after a match (PoW §9(c)). */
  ASSISTANCE_FOLLOW_UP,
  /** Asks the requesting State or the provider for feedback on assistance delivered (2663 §20). */
  ASSISTANCE_FEEDBACK_REQUEST,
  // The March routine letters (Annex II, March; docs/routine-letters.md). Each takes one paragraph
  // the secretariat may add in its review task.
  /** Asks a State that reported for additional information, saying what changed (2663 §7, PoW §8(b)). */
  ADDITIONAL_INFORMATION_REQUEST("additionalParagraph"),
  /** Asks a State without a national point of contact to designate one (PoW §8(c)). */
  POC_NOMINATION_REQUEST("additionalParagraph"),
  /** Asks a State to confirm or update its national point of contact (PoW §8(c)). */
  POC_UPDATE_REQUEST("additionalParagraph"),
  /** Asks a requesting State about its open requests for assistance (PoW §9(c)). */
  ASSISTANCE_REQUESTER_FOLLOW_UP("additionalParagraph"),
  /** Asks a regular assistance provider to confirm its offers and report on assistance given (2663 §18, §20). */
  ASSISTANCE_PROVIDER_LETTER("additionalParagraph"),
  /** Invites a potential provider to offer assistance (2663 §16-21, PoW §9). */
  ASSISTANCE_POTENTIAL_PROVIDER_LETTER("additionalParagraph"),
  /** Asks an organization without a 1540 point of contact to designate one (2663 §23, PoW §10(c)). */
  ORGANIZATION_POC_NOMINATION_REQUEST("additionalParagraph"),
  /** Asks an organization to confirm or update its point of contact (2663 §23, PoW §10(d)). */
  ORGANIZATION_POC_UPDATE_REQUEST("additionalParagraph");

  private final List<String> freeTextParameters;

  LetterType(String... freeTextParameters) {
    this.freeTextParameters = List.of(freeTextParameters);
  }

  /**
   * Parameters that carry a person's own text (a paragraph, a summary of changes), which goes in
   * the body only when it is in the letter's language and otherwise as a marked annex
   * ({@link LetterFreeText}).
   */
  public List<String> freeTextParameters() {
    return freeTextParameters;
  }

  /** File name of the template, e.g. {@code first-report-reminder}. */
  public String template() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package org.un.sc1540.workflow.reporting;

import org.un.sc1540.workflow.notification.FreeTextPlacement;
import java.time.Instant;

/**
 * The secretariat's review of a cycle's next note: send it (with or without stressing that
 * assistance is available, with or without a paragraph of its own) or hold the cycle, and why.
 *
 * @param noteNumber the note the review prepared: the cycle's notes sent so far + 1
 * @param reviewedBy the Camunda user who completed the review; null for the application itself
 */
public record NoteReview(int noteNumber, Decision decision, boolean mentionAssistance, String additionalParagraph,
    FreeTextPlacement paragraphPlacement, String holdReason, String reviewedBy, Instant reviewedAt) {

  /** What the reviewer chose; the form's values are "send" and "hold". */
  public enum Decision { SEND, HOLD }

  public boolean held() {
    return decision == Decision.HOLD;
  }
}

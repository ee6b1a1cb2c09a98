package org.un.sc1540.workflow.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the correspondence register.
 *
 * @param stateCode the State the letter goes to or concerns; null for a letter to an organization
 * @param organizationId the organization the letter goes to (registry id); null for a letter about a State
 * @param organization that organization's acronym, for people reading the register
 */
public record Letter(long id, String symbol, String stateCode, LetterType type, String language,
    String recipientTo, String recipientCc, String subject, LocalDate letterDate, String bodyHtml, String bodyText,
    String processInstanceId, String activityId, int occurrence, String businessKey, LetterStatus status,
    String messageId, int attempts, String lastError, Instant createdAt, Instant sentAt, Long organizationId,
    String organization) {

  /** Whom the letter is filed under: the State's code or the organization's acronym. */
  public String addressedTo() {
    return stateCode != null ? stateCode : organization;
  }

  /** This letter as the register has it once the SMTP server accepted it. */
  public Letter sent(Instant at) {
    return new Letter(id, symbol, stateCode, type, language, recipientTo, recipientCc, subject, letterDate, bodyHtml,
        bodyText, processInstanceId, activityId, occurrence, businessKey, LetterStatus.SENT, messageId, attempts + 1,
        null, createdAt, at, organizationId, organization);
  }
}

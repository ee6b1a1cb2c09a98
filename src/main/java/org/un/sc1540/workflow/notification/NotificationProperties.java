package org.un.sc1540.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Committee's letters leave the building.
 *
 * @param from sender of every letter, e.g. {@code 1540 Committee <committee1540@example.org>}
 * @param replyTo where States' replies go
 * @param symbolPattern reference symbol; {@code {year}} and {@code {number}} are replaced
 * @param messageIdDomain right-hand side of the deterministic Message-IDs
 * @param retryCycle how a mail job retries before it raises an incident (ISO 8601 repetition)
 * @param sender who the notes verbales say writes them: the Committee, or its Chair
 * @param chairGender the Chair's grammatical gender ("presents her compliments"); required when
 *     the Chair writes, since no default can be right for every Chair
 * @param embedded the SMTP server started when no {@code spring.mail.host} is set
 */
@ConfigurationProperties("committee.mail")
public record NotificationProperties(
    @DefaultValue("1540 Committee <committee1540@example.org>") String from,
    @DefaultValue("committee1540@example.org") String replyTo,
    @DefaultValue("S/AC.44/{year}/NV.{number}") String symbolPattern,
    @DefaultValue("committee1540.example.org") String messageIdDomain,
    @DefaultValue("R5/PT5M") String retryCycle,
    @DefaultValue("COMMITTEE") Sender sender,
    ChairGender chairGender,
    @DefaultValue Embedded embedded) {

  /** Who the compliments formula and the closing formula name as the writer. */
  public enum Sender { COMMITTEE, CHAIR }

  public enum ChairGender { FEMININE, MASCULINE }

  public NotificationProperties {
    if (sender == Sender.CHAIR && chairGender == null) {
      throw new IllegalArgumentException("committee.mail.chair-gender must be FEMININE or MASCULINE when "
          + "committee.mail.sender is CHAIR: the letters say \"presents her compliments\" or \"his\", "
          + "\"La Présidente\" or \"Le Président\"");
    }
  }

  /**
   * @param host interface to listen on; loopback so that the default run accepts no mail from outside
   * @param port 0 picks a free port
   */
  public record Embedded(@DefaultValue("127.0.0.1") String host, @DefaultValue("2525") int port) {}

  public String symbol(int year, int number) {
    return symbolPattern.replace("{year}", Integer.toString(year)).replace("{number}", Integer.toString(number));
  }
}

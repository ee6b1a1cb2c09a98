package org.un.sc1540.workflow.notification;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * A letter as people read it on the register's page: its type, dates and attempts in words, the
 * step of the process that sent it by its name, and the message the SMTP server received decoded
 * (headers and the readable text) with the raw MIME kept for whoever needs it.
 */
record LetterView(Letter letter, String type, String date, String createdAt, String sentAt, String attempts,
    String step, String processLink, String processState, Received received) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final Set<String> SHOWN_HEADERS = Set.of("From", "To", "Cc", "Reply-To", "Subject", "Date",
      "Message-ID");

  /** The message as received: the headers people read, the plain text, and the raw MIME. */
  record Received(List<String[]> headers, String text, String raw) {}

  static LetterView of(Letter letter, String stepName, String processLink, boolean running, String raw) {
    return new LetterView(letter, typeInWords(letter.type()), letter.letterDate() == null ? "" : DAY.format(letter.letterDate()),
        moment(letter.createdAt()), moment(letter.sentAt()), attemptsInWords(letter), stepName, processLink,
        processLink == null ? null : running ? "running" : "ended", raw == null ? null : decode(raw));
  }

  /** {@code FIRST_REPORT_REMINDER} as "First report reminder". */
  static String typeInWords(LetterType type) {
    String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A step's technical id as people read it, without looking up its model: {@code Task_SendNoteVerbale}
   * as "Send note verbale" (the ids follow Camunda's naming, type prefix then the label in camel case).
   */
  static String stepInWords(String activityId) {
    String name = activityId.contains("_") ? activityId.substring(activityId.indexOf('_') + 1) : activityId;
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return words.isEmpty() ? activityId : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String moment(Instant instant) {
    return instant == null ? null : MOMENT.format(instant.atZone(CommitteeClock.ZONE)) + " (New York)";
  }

  static String attemptsInWords(Letter letter) {
    int n = letter.attempts();
    String tries = n == 0 ? "not tried yet" : n == 1 ? "one attempt" : n + " attempts";
    return switch (letter.status()) {
      case SENT -> n <= 1 ? "accepted at the first attempt" : "accepted after " + n + " attempts";
      case FAILED -> "not accepted yet: " + tries;
      default -> tries;
    };
  }

  static Received decode(String raw) {
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
          new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
      List<String[]> headers = new ArrayList<>();
      for (Header header : Collections.list(message.getAllHeaders())) {
        if (SHOWN_HEADERS.contains(header.getName())) {
          headers.add(new String[] {header.getName(), MimeUtility.decodeText(MimeUtility.unfold(header.getValue()))});
        }
      }
      return new Received(headers, plainText(message), raw);
    } catch (MessagingException | IOException e) {
      return new Received(List.of(), null, raw);
    }
  }

  private static String plainText(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = plainText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}

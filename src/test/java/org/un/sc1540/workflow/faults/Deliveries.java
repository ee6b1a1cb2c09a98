package org.un.sc1540.workflow.faults;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an SMTP server received, counted by Message-ID: the server keeps one copy of a message per
 * envelope recipient, so a letter delivered once to its Mission and its point of contact counts 2.
 */
record Deliveries(Map<String, Integer> copiesByMessageId) {

  static Deliveries of(Collection<MimeMessage> received) {
    Map<String, Integer> copies = new TreeMap<>();
    for (MimeMessage message : received) {
      try {
        copies.merge(String.valueOf(message.getMessageID()), 1, Integer::sum);
      } catch (MessagingException e) {
        throw new IllegalStateException("A received message has no readable Message-ID", e);
      }
    }
    return new Deliveries(copies);
  }

  /** Both lifetimes of a server that was stopped (and lost its mailboxes) and started again. */
  Deliveries plus(Deliveries later) {
    Map<String, Integer> copies = new TreeMap<>(copiesByMessageId);
    later.copiesByMessageId.forEach((id, n) -> copies.merge(id, n, Integer::sum));
    return new Deliveries(copies);
  }

  int copies(String messageId) {
    return copiesByMessageId.getOrDefault(messageId, 0);
  }

  int distinctMessageIds() {
    return copiesByMessageId.size();
  }

  int totalCopies() {
    return copiesByMessageId.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Letters that arrived more than once: each delivery beyond the first, over all Message-IDs. */
  int duplicates(int copiesPerLetter) {
    return copiesByMessageId.values().stream().mapToInt(n -> Math.max(0, n / copiesPerLetter - 1)).sum();
  }
}

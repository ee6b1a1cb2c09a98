package org.un.sc1540.workflow.faults;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an SMTP server received, by Message-ID: how many copies (the server keeps one per envelope
 * recipient, so a letter delivered once to its Mission and its point of contact counts 2), and to
 * whom the copies were addressed (To), which tells whether one Message-ID ever stood for two letters.
 */
record Deliveries(Map<String, Integer> copiesByMessageId, Map<String, Set<String>> addresseesByMessageId) {

  static Deliveries of(Collection<MimeMessage> received) {
    Map<String, Integer> copies = new TreeMap<>();
    Map<String, Set<String>> addressees = new TreeMap<>();
    for (MimeMessage message : received) {
      try {
        String id = String.valueOf(message.getMessageID());
        copies.merge(id, 1, Integer::sum);
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        for (Address address : to == null ? new Address[0] : to) {
          addressees.computeIfAbsent(id, k -> new TreeSet<>()).add(((InternetAddress) address).getAddress());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException("A received message cannot be read", e);
      }
    }
    return new Deliveries(copies, addressees);
  }

  /** Both lifetimes of a server that was stopped (and lost its mailboxes) and started again. */
  Deliveries plus(Deliveries later) {
    Map<String, Integer> copies = new TreeMap<>(copiesByMessageId);
    later.copiesByMessageId.forEach((id, n) -> copies.merge(id, n, Integer::sum));
    Map<String, Set<String>> addressees = new TreeMap<>();
    for (Map<String, Set<String>> part : java.util.List.of(addresseesByMessageId, later.addresseesByMessageId)) {
      part.forEach((id, to) -> addressees.computeIfAbsent(id, k -> new TreeSet<>()).addAll(to));
    }
    return new Deliveries(copies, addressees);
  }

  int copies(String messageId) {
    return copiesByMessageId.getOrDefault(messageId, 0);
  }

  /** Every To address any copy with this Message-ID carried: one Mission for one letter. */
  Set<String> addressees(String messageId) {
    return addresseesByMessageId.getOrDefault(messageId, Set.of());
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

  /** The Message-IDs that arrived more than once, for the log. */
  Set<String> repeated(int copiesPerLetter) {
    Set<String> repeated = new TreeSet<>();
    copiesByMessageId.forEach((id, n) -> {
      if (n > copiesPerLetter) {
        repeated.add(id);
      }
    });
    return repeated;
  }
}

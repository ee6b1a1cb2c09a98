package org.un.sc1540.workflow.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A message as an SMTP server received it, read the way a mail client would. */
public record ReceivedMail(MimeMessage message) {

  public static List<ReceivedMail> withMessageId(List<MimeMessage> received, String messageId) {
    List<ReceivedMail> found = new ArrayList<>();
    for (MimeMessage m : received) {
      try {
        if (messageId.equals(m.getMessageID())) {
          found.add(new ReceivedMail(m));
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  public List<String> to() throws MessagingException {
    return addresses(message.getRecipients(Message.RecipientType.TO));
  }

  public List<String> cc() throws MessagingException {
    return addresses(message.getRecipients(Message.RecipientType.CC));
  }

  public String subject() throws MessagingException {
    return message.getSubject();
  }

  public String header(String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null ? null : String.join("\n", values);
  }

  /** The decoded text of the first part with this MIME type, anywhere in the multipart tree. */
  public String part(String mimeType) throws MessagingException, IOException {
    return find(message, mimeType.toLowerCase(Locale.ROOT));
  }

  private static String find(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType)) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = find(body, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static List<String> addresses(jakarta.mail.Address[] addresses) {
    return addresses == null ? List.of()
        : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
  }
}

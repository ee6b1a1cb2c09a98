package org.un.sc1540.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.Contact;
import org.un.sc1540.workflow.registry.ContactRole;
import org.un.sc1540.workflow.registry.EmailAddresses;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Sends one letter to one State: to its Permanent Mission, its current national points of contact
 * in copy, in its UN language, with a reference symbol and an entry in the correspondence register.
 *
 * <p>Idempotent: the register row is written, with its symbol and Message-ID, before the SMTP
 * server is asked; once the server has accepted the letter, asking again for the same letter
 * returns it without sending. The one window no design closes is a crash between the server's
 * acceptance and the register's "sent": the retry then sends the same letter with the same
 * Message-ID, which lets receiving systems drop the duplicate.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final RegistryService registry;
  private final CorrespondenceRegister register;
  private final LetterComposer composer;
  private final JavaMailSender mailSender;
  private final NotificationProperties properties;
  private final CommitteeClock clock;

  NotificationService(RegistryService registry, CorrespondenceRegister register, LetterComposer composer,
      JavaMailSender mailSender, NotificationProperties properties, CommitteeClock clock) {
    this.registry = registry;
    this.register = register;
    this.composer = composer;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
  }

  public Letter send(LetterRequest request) {
    MemberState state = registry.state(request.stateCode());
    LocalDate today = clock.today();
    Letter letter = register.register(request, today.getYear(), number -> draft(state, request, today, number));
    if (letter.status() == LetterStatus.SENT) {
      LOG.info("Letter {} to {} was already sent; not sending it again", letter.symbol(), letter.stateCode());
      return letter;
    }
    try {
      mailSender.send(mimeMessage(letter));
    } catch (MailException | MessagingException e) {
      String reason = "Letter " + letter.symbol() + " (" + letter.type() + " to " + letter.stateCode()
          + ") was not accepted by the SMTP server: " + rootMessage(e);
      register.markFailed(letter.id(), reason);
      throw new LetterDeliveryException(reason + ". It is sent again, unchanged, when the job is retried.", e);
    }
    register.markSent(letter.id(), Instant.now());
    LOG.info("Letter {} ({}) sent to {}", letter.symbol(), letter.type(), letter.stateCode());
    return register.findById(letter.id()).orElseThrow();
  }

  private CorrespondenceRegister.Draft draft(MemberState state, LetterRequest request, LocalDate today, int number) {
    List<Contact> contacts = registry.currentContacts(state.code());
    Contact mission = contacts.stream()
        .filter(c -> c.role() == ContactRole.MISSION && EmailAddresses.problem(c.email()) == null)
        .findFirst()
        .orElseThrow(() -> new UndeliverableLetterException("No valid e-mail address of the Permanent Mission of "
            + state.name() + " (" + state.code() + ") is in the registry; the " + request.type()
            + " letter cannot be sent. Import the Mission's address and retry."));
    List<String> copies = contacts.stream()
        .filter(c -> c.role() == ContactRole.POC && EmailAddresses.problem(c.email()) == null)
        .map(NotificationService::address)
        .toList();
    String symbol = properties.symbol(today.getYear(), number);
    LetterContent content = composer.compose(state, request.type(), symbol, today, request.parameters());
    return new CorrespondenceRegister.Draft(symbol, state.code(), request.type(), state.language().code(),
        address(mission), copies.isEmpty() ? null : String.join(", ", copies), content.subject(), today,
        content.html(), content.text(), messageId(symbol));
  }

  /** Deterministic per letter: the same letter always carries the same Message-ID. */
  String messageId(String symbol) {
    String local = symbol.replaceAll("[^A-Za-z0-9.\\-]", ".").replaceAll("\\.{2,}", ".");
    return "<" + local + "@" + properties.messageIdDomain() + ">";
  }

  MimeMessage mimeMessage(Letter letter) throws MessagingException {
    MimeMessage message = new FixedIdMimeMessage(mailSender.createMimeMessage().getSession(), letter.messageId());
    MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    helper.setFrom(properties.from());
    helper.setReplyTo(properties.replyTo());
    helper.setTo(InternetAddress.parse(letter.recipientTo(), true));
    if (letter.recipientCc() != null) {
      helper.setCc(InternetAddress.parse(letter.recipientCc(), true));
    }
    helper.setSubject(HeaderValues.clean(letter.subject()));
    helper.setSentDate(Date.from(clock.instant()));
    helper.setText(letter.bodyText(), letter.bodyHtml());
    message.setHeader("Content-Language", letter.language());
    message.setHeader("X-Committee-Symbol", HeaderValues.clean(letter.symbol()));
    return message;
  }

  private static String address(Contact contact) {
    try {
      return new InternetAddress(contact.email(), HeaderValues.clean(contact.name()), "UTF-8").toString();
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return (message == null ? root.getClass().getSimpleName() : message).replaceAll("\\s+", " ").strip();
  }

  /** JavaMail replaces the Message-ID on every save; this message keeps the letter's own. */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}

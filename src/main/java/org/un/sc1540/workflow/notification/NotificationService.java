package org.un.sc1540.workflow.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.Contact;
import org.un.sc1540.workflow.registry.ContactRole;
import org.un.sc1540.workflow.registry.EmailAddresses;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.Organization;
import org.un.sc1540.workflow.registry.OrganizationContact;
import org.un.sc1540.workflow.registry.OrganizationService;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Sends one letter to one State: to its Permanent Mission, its current national points of contact
 * in copy, in its UN language, with a reference symbol and an entry in the correspondence register.
 * A letter to an organization of the registry (2663 §23) goes the same way to the organization's
 * address, its current 1540 points of contact in copy, in its language of correspondence.
 *
 * <p>Idempotent: the register row is written, with its symbol and Message-ID, before the SMTP
 * server is asked; once the server has accepted the letter, asking again for the same letter
 * returns it without sending. The one window no design closes is a crash between the server's
 * acceptance and the register's "sent": the retry then sends the same letter with the same
 * Message-ID, which lets receiving systems drop the duplicate.
 */
@Service
public class NotificationService {

  private static final String UTF_8 = "UTF-8";
  /** Stands for the reference symbol while a letter is rendered, before its number is taken. */
  static final String SYMBOL_PLACEHOLDER = "SYMBOLPLACEHOLDER7F3A9C";

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final RegistryService registry;
  private final OrganizationService organizations;
  private final CorrespondenceRegister register;
  private final LetterComposer composer;
  private final JavaMailSender mailSender;
  private final NotificationProperties properties;
  private final CommitteeClock clock;
  private volatile Session session;

  NotificationService(RegistryService registry, OrganizationService organizations, CorrespondenceRegister register,
      LetterComposer composer, JavaMailSender mailSender, NotificationProperties properties, CommitteeClock clock) {
    this.registry = registry;
    this.organizations = organizations;
    this.register = register;
    this.composer = composer;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
  }

  public Letter send(LetterRequest request) {
    return send(request, null);
  }

  /**
   * One letter about the request's State to another addressee (an assistance provider that is not
   * a Member State): to its address alone, in its language, the compliments formula naming it. The
   * letter's identity is the request's, as for any letter.
   */
  public Letter send(LetterRequest request, Addressee addressee) {
    Letter letter = register.find(request).orElseGet(() -> registerNew(request, addressee));
    if (letter.status() == LetterStatus.SENT) {
      LOG.info("Letter {} to {} was already sent; not sending it again", letter.symbol(), letter.addressedTo());
      return letter;
    }
    try {
      mailSender.send(mimeMessage(letter));
    } catch (MailException | MessagingException e) {
      String reason = "Letter " + letter.symbol() + " (" + letter.type() + " to " + letter.addressedTo()
          + ") was not accepted by the SMTP server: " + rootMessage(e);
      register.markFailed(letter.id(), reason);
      throw new LetterDeliveryException(reason + ". It is sent again, unchanged, when the job is retried.", e);
    }
    Instant sentAt = Instant.now();
    register.markSent(letter.id(), sentAt);
    LOG.info("Letter {} ({}) sent to {}", letter.symbol(), letter.type(), letter.addressedTo());
    return letter.sent(sentAt);
  }

  /**
   * Renders the letter before its number is taken, with a placeholder where the symbol goes, so
   * that the lock that keeps symbols gapless is held for a few statements, not for the rendering.
   */
  private Letter registerNew(LetterRequest request, Addressee addressee) {
    if (request.toOrganization()) {
      return registerNewToOrganization(request);
    }
    if (addressee != null) {
      return registerNewTo(request, addressee);
    }
    MemberState state = registry.state(request.stateCode());
    LocalDate today = clock.today();
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
    LetterContent content = composer.compose(state, request.type(), SYMBOL_PLACEHOLDER, today, request.parameters());
    return register.register(request, today.getYear(), number -> {
      String symbol = properties.symbol(today.getYear(), number);
      return new CorrespondenceRegister.Draft(symbol, state.code(), request.type(), state.language().code(),
          address(mission), copies.isEmpty() ? null : String.join(", ", copies),
          content.subject().replace(SYMBOL_PLACEHOLDER, symbol), today,
          content.html().replace(SYMBOL_PLACEHOLDER, HtmlUtils.htmlEscape(symbol)),
          content.text().replace(SYMBOL_PLACEHOLDER, symbol), messageId(symbol));
    });
  }

  private Letter registerNewTo(LetterRequest request, Addressee addressee) {
    MemberState concerned = registry.state(request.stateCode());
    if (addressee.email() == null || EmailAddresses.problem(addressee.email()) != null) {
      throw new UndeliverableLetterException("No valid e-mail address for " + addressee.name() + " ("
          + addressee.email() + "); the " + request.type() + " letter cannot be sent.");
    }
    // The templates know the letter's language and addressee phrase through the State record they get.
    MemberState asAddressed = new MemberState(concerned.code(), concerned.iso2(), concerned.name(),
        addressee.language(), addressee.phrase());
    LocalDate today = clock.today();
    String to = address(addressee.email(), addressee.name());
    LetterContent content = composer.compose(asAddressed, request.type(), SYMBOL_PLACEHOLDER, today,
        request.parameters());
    return register.register(request, today.getYear(), number -> {
      String symbol = properties.symbol(today.getYear(), number);
      return new CorrespondenceRegister.Draft(symbol, concerned.code(), request.type(), addressee.language().code(), to,
          null, content.subject().replace(SYMBOL_PLACEHOLDER, symbol), today,
          content.html().replace(SYMBOL_PLACEHOLDER, HtmlUtils.htmlEscape(symbol)),
          content.text().replace(SYMBOL_PLACEHOLDER, symbol), messageId(symbol));
    });
  }

  private Letter registerNewToOrganization(LetterRequest request) {
    Organization organization = organizations.organization(request.organizationId())
        .orElseThrow(() -> new UndeliverableLetterException("No organization " + request.organizationId()
            + " in the registry; the " + request.type() + " letter cannot be sent."));
    if (EmailAddresses.problem(organization.email()) != null) {
      throw new UndeliverableLetterException("No valid e-mail address of " + organization.name() + " ("
          + organization.acronym() + ") is in the registry; the " + request.type() + " letter cannot be sent. "
          + "Correct the organization's address and retry.");
    }
    List<String> copies = organizations.currentContacts(organization.id()).stream()
        .filter(c -> EmailAddresses.problem(c.email()) == null)
        .map(NotificationService::address)
        .toList();
    // The templates know the letter's language and addressee phrase through the record they get.
    // The registry holds one name per organization, so the compliments formula names it as registered.
    MemberState asAddressed = new MemberState(null, null, organization.name(), organization.language(),
        phrase(organization));
    LocalDate today = clock.today();
    LetterContent content = composer.compose(asAddressed, request.type(), SYMBOL_PLACEHOLDER, today,
        request.parameters());
    return register.register(request, today.getYear(), number -> {
      String symbol = properties.symbol(today.getYear(), number);
      return new CorrespondenceRegister.Draft(symbol, null, request.type(), organization.language().code(),
          address(organization.email(), organization.name()), copies.isEmpty() ? null : String.join(", ", copies),
          content.subject().replace(SYMBOL_PLACEHOLDER, symbol), today,
          content.html().replace(SYMBOL_PLACEHOLDER, HtmlUtils.htmlEscape(symbol)),
          content.text().replace(SYMBOL_PLACEHOLDER, symbol), messageId(symbol), organization.id(),
          organization.acronym());
    });
  }

  /** How the compliments formula names an organization: "the African Union" in English, its name otherwise. */
  static String phrase(Organization organization) {
    String name = organization.name().strip();
    boolean english = organization.language() == org.un.sc1540.workflow.registry.UnLanguage.EN;
    return english && !name.regionMatches(true, 0, "the ", 0, 4) ? "the " + name : name;
  }

  private static String address(OrganizationContact contact) {
    return address(contact.email(), contact.name());
  }

  /** Deterministic per letter: the same letter always carries the same Message-ID. */
  String messageId(String symbol) {
    String local = symbol.replaceAll("[^A-Za-z0-9.\\-]", ".").replaceAll("\\.{2,}", ".");
    return "<" + local + "@" + properties.messageIdDomain() + ">";
  }

  /**
   * multipart/alternative: the plain text first, the HTML second, as mail clients expect. Built
   * with jakarta.mail directly: MimeMessageHelper would load a MIME type map from the classpath
   * for every letter.
   */
  MimeMessage mimeMessage(Letter letter) throws MessagingException {
    MimeMessage message = new FixedIdMimeMessage(session(), letter.messageId());
    message.setFrom(new InternetAddress(properties.from(), true));
    message.setReplyTo(InternetAddress.parse(properties.replyTo(), true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.recipientTo(), true));
    if (letter.recipientCc() != null) {
      message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(letter.recipientCc(), true));
    }
    message.setSubject(HeaderValues.clean(letter.subject()), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(letter.bodyText(), UTF_8, "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(letter.bodyHtml(), UTF_8, "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.setHeader("Content-Language", letter.language());
    message.setHeader("X-Committee-Symbol", HeaderValues.clean(letter.symbol()));
    return message;
  }

  private Session session() {
    Session current = session;
    if (current == null) {
      current = mailSender.createMimeMessage().getSession();
      session = current;
    }
    return current;
  }

  private static String address(Contact contact) {
    return address(contact.email(), contact.name());
  }

  private static String address(String email, String name) {
    try {
      return new InternetAddress(email, HeaderValues.clean(name), "UTF-8").toString();
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

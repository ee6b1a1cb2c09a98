package org.un.sc1540.workflow.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A JavaMailSender that keeps one SMTP connection open per sending thread, instead of one
 * connection (TCP, greeting, EHLO, TLS, AUTH) per letter. Job-executor threads are pooled, so a
 * season's letters reuse a handful of connections. A connection idle for more than two seconds is
 * checked (SMTP NOOP) and reopened if the server has closed it; a failed letter drops its
 * connection and fails, so the job retries on a fresh one: a letter is never sent twice by this
 * class.
 */
class ConnectionReusingMailSender extends JavaMailSenderImpl implements DisposableBean {

  /** A connection used this recently is taken as alive; an older one is checked with an SMTP NOOP first. */
  static final long TRUSTED_FOR_NANOS = 2_000_000_000L;

  private final ThreadLocal<Transport> connection = new ThreadLocal<>();
  private final ThreadLocal<Long> lastUsed = new ThreadLocal<>();
  private final Set<Transport> open = ConcurrentHashMap.newKeySet();

  /**
   * A sender that sends where {@code configured} would, the same way: its mail session (with the
   * properties, SSL socket factory or JNDI session it was given), host, port, protocol, credentials
   * and encoding.
   */
  static ConnectionReusingMailSender sameAs(JavaMailSenderImpl configured) {
    ConnectionReusingMailSender sender = new ConnectionReusingMailSender();
    sender.setSession(configured.getSession());
    sender.setProtocol(configured.getProtocol());
    sender.setHost(configured.getHost());
    sender.setPort(configured.getPort());
    sender.setUsername(configured.getUsername());
    sender.setPassword(configured.getPassword());
    sender.setDefaultEncoding(configured.getDefaultEncoding());
    sender.setDefaultFileTypeMap(configured.getDefaultFileTypeMap());
    return sender;
  }

  @Override
  protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) throws MailException {
    Map<Object, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < mimeMessages.length; i++) {
      MimeMessage message = mimeMessages[i];
      Object original = originalMessages != null ? originalMessages[i] : message;
      try {
        prepare(message);
        Transport transport = connection();
        try {
          Address[] recipients = message.getAllRecipients();
          transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
          lastUsed.set(System.nanoTime());
        } catch (MessagingException | RuntimeException e) {
          drop(transport);
          throw e;
        }
      } catch (MessagingException | RuntimeException e) {
        failed.put(original, e);
      }
    }
    if (!failed.isEmpty()) {
      throw new MailSendException(failed);
    }
  }

  private static void prepare(MimeMessage message) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
  }

  private Transport connection() throws MessagingException {
    Transport transport = connection.get();
    Long used = lastUsed.get();
    if (transport != null && used != null && System.nanoTime() - used < TRUSTED_FOR_NANOS) {
      return transport;
    }
    if (transport != null && transport.isConnected()) {
      return transport;
    }
    if (transport != null) {
      drop(transport);
    }
    transport = connectTransport();
    connection.set(transport);
    open.add(transport);
    return transport;
  }

  private void drop(Transport transport) {
    connection.remove();
    lastUsed.remove();
    open.remove(transport);
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // The connection is gone either way.
    }
  }

  @Override
  public void destroy() {
    for (Transport transport : open) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // Shutting down.
      }
    }
    open.clear();
  }
}

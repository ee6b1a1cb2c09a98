package org.un.sc1540.workflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP server of the default run: GreenMail on loopback, so that a fresh machine produces
 * real SMTP traffic without any mail infrastructure, and staff can read each letter as the server
 * received it. Started only when no {@code spring.mail.host} is configured.
 */
public class EmbeddedSmtpServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

  private final GreenMail greenMail;
  private final String host;
  private final int port;

  public EmbeddedSmtpServer(String host, int port) {
    this.host = host;
    // A port fixed once, so that a stop and start (an outage in a test) comes back where senders look.
    this.port = port == 0 ? freePort(host) : port;
    this.greenMail = new GreenMail(new ServerSetup(this.port, host, ServerSetup.PROTOCOL_SMTP));
  }

  public void start() {
    greenMail.start();
    LOG.info("Embedded SMTP server listening on {}:{} (set spring.mail.host to use a real relay)", host, port);
  }

  public void stop() {
    greenMail.stop();
  }

  public boolean isRunning() {
    return greenMail.isRunning();
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public List<MimeMessage> receivedMessages() {
    return Arrays.asList(greenMail.getReceivedMessages());
  }

  /** The letter as the server received it: its raw MIME text, found by Message-ID. */
  public Optional<String> rawMessage(String messageId) {
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      try {
        if (messageId.equals(message.getMessageID())) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          message.writeTo(out);
          return Optional.of(out.toString(StandardCharsets.UTF_8));
        }
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException("Cannot read message " + messageId + " from the embedded SMTP server", e);
      }
    }
    return Optional.empty();
  }

  /** Forgets every received message (tests). */
  public void purge() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot purge the embedded SMTP server", e);
    }
  }

  private static int freePort(String host) {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the embedded SMTP server on " + host, e);
    }
  }
}

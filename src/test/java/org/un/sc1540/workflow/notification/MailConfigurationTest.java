package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail wiring with and without a relay: Boot's mail auto-configuration for a relay, with every
 * {@code spring.mail.*} property it honours, and the embedded server otherwise. Each message is
 * read back from a real SMTP server.
 */
class MailConfigurationTest {

  static final String RELAY_KEYSTORE = "src/test/resources/mail/relay-tls.p12";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
          MailSenderValidatorAutoConfiguration.class, SslAutoConfiguration.class))
      .withUserConfiguration(MailConfiguration.class, Properties.class)
      .withPropertyValues("committee.mail.embedded.port=0",
          "spring.mail.properties[mail.smtp.connectiontimeout]=5000");

  private GreenMail relay;

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(NotificationProperties.class)
  static class Properties {}

  @AfterEach
  void stopRelay() {
    if (relay != null) {
      relay.stop();
    }
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY);
  }

  @Test
  void withoutARelayTheEmbeddedServerReceivesTheLetters() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(EmbeddedSmtpServer.class);
      JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
      assertThat(sender).isInstanceOf(ConnectionReusingMailSender.class);
      assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "5000");

      sender.send(message(sender, "embedded@example.org"));

      assertThat(context.getBean(EmbeddedSmtpServer.class).receivedMessages()).hasSize(1);
    });
  }

  @Test
  void withARelayBootsSenderTakesItsPropertiesAndKeepsItsConnection() {
    relay = new GreenMail(startingSlowly(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
    relay.start();

    runner.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + relay.getSmtp().getPort(),
        "spring.mail.username=relay-user").run(context -> {
          assertThat(context).doesNotHaveBean(EmbeddedSmtpServer.class);
          JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
          assertThat(sender).isInstanceOf(ConnectionReusingMailSender.class);
          assertThat(sender.getUsername()).isEqualTo("relay-user");
          assertThat(sender.getSession().getProperty("mail.smtp.connectiontimeout")).isEqualTo("5000");

          sender.send(message(sender, "first@example.org"), message(sender, "second@example.org"));

          assertThat(relay.getReceivedMessages()).hasSize(2);
        });
  }

  @Test
  void theRelaysCertificateIsTrustedThroughTheConfiguredSslBundle() {
    startTlsRelay();

    runner.withPropertyValues(tlsRelay("spring.mail.ssl.bundle=relay")).run(context -> {
      JavaMailSender sender = context.getBean(JavaMailSender.class);

      sender.send(message(sender, "tls@example.org"));

      assertThat(relay.getReceivedMessages()).hasSize(1);
    });
  }

  @Test
  void withoutTheSslBundleTheRelaysCertificateIsRefused() {
    startTlsRelay();

    runner.withPropertyValues(tlsRelay()).run(context -> {
      JavaMailSender sender = context.getBean(JavaMailSender.class);

      MimeMessage message = message(sender, "tls@example.org");
      assertThatThrownBy(() -> sender.send(message)).isInstanceOf(MailSendException.class)
          .hasMessageContaining("PKIX path building failed");
    });
  }

  @Test
  void testConnectionStopsTheStartWhenTheRelayDoesNotAnswer() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    runner.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + closedPort,
        "spring.mail.test-connection=true").run(context -> assertThat(context).hasFailed()
            .getFailure().rootCause().hasMessageContaining("Connection refused"));
  }

  @Test
  void aJndiMailSessionIsLeftToBootAndStartsNoEmbeddedServer() {
    // Boot builds the sender from the container's session (MailSenderJndiConfiguration, only where
    // JNDI is available, which it is not here); the embedded server must not start in its place.
    runner.withPropertyValues("spring.mail.jndi-name=java:comp/env/mail/Session").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(EmbeddedSmtpServer.class);
      assertThat(context).doesNotHaveBean(JavaMailSender.class);
    });
  }

  /** GreenMail on SMTPS with the test relay's own certificate, for 127.0.0.1, trusted by nothing by default. */
  private void startTlsRelay() {
    System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY,
        Path.of(RELAY_KEYSTORE).toAbsolutePath().toString());
    System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, "changeit");
    relay = new GreenMail(startingSlowly(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)));
    relay.start();
  }

  /** A loaded build machine can take longer than GreenMail's default two seconds to open a TLS socket. */
  private static ServerSetup startingSlowly(ServerSetup setup) {
    setup.setServerStartupTimeout(30_000);
    return setup;
  }

  private String[] tlsRelay(String... more) {
    String[] common = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + relay.getSmtps().getPort(),
        "spring.mail.ssl.enabled=true",
        "spring.ssl.bundle.jks.relay.truststore.location=classpath:mail/relay-tls.p12",
        "spring.ssl.bundle.jks.relay.truststore.type=PKCS12",
        "spring.ssl.bundle.jks.relay.truststore.password=changeit"};
    String[] all = new String[common.length + more.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(more, 0, all, common.length, more.length);
    return all;
  }

  private static MimeMessage message(JavaMailSender sender, String to) throws Exception {
    MimeMessage message = sender.createMimeMessage();
    message.setFrom(new InternetAddress("committee1540@example.org"));
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
    message.setSubject("Test");
    message.setText("A letter.");
    return message;
  }
}

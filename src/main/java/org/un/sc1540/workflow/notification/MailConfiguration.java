package org.un.sc1540.workflow.notification;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without {@code spring.mail.host}, an embedded SMTP server and a sender pointed at it; with it, a
 * sender for that relay configured by the standard {@code spring.mail.*} properties. Both keep
 * their SMTP connections open between letters (ConnectionReusingMailSender).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  @Conditional(NoMailHost.class)
  EmbeddedSmtpServer embeddedSmtpServer(NotificationProperties properties) {
    return new EmbeddedSmtpServer(properties.embedded().host(), properties.embedded().port());
  }

  @Bean
  @Conditional(NoMailHost.class)
  JavaMailSender embeddedMailSender(EmbeddedSmtpServer server) {
    ConnectionReusingMailSender sender = new ConnectionReusingMailSender();
    sender.setHost(server.host());
    sender.setPort(server.port());
    sender.setDefaultEncoding("UTF-8");
    sender.setJavaMailProperties(timeouts(new Properties()));
    return sender;
  }

  @Bean
  @ConditionalOnProperty(prefix = "spring.mail", name = "host")
  JavaMailSender relayMailSender(MailProperties mail) {
    ConnectionReusingMailSender sender = new ConnectionReusingMailSender();
    sender.setHost(mail.getHost());
    if (mail.getPort() != null) {
      sender.setPort(mail.getPort());
    }
    sender.setUsername(mail.getUsername());
    sender.setPassword(mail.getPassword());
    sender.setProtocol(mail.getProtocol());
    sender.setDefaultEncoding(mail.getDefaultEncoding() == null ? "UTF-8" : mail.getDefaultEncoding().name());
    Properties javaMail = timeouts(new Properties());
    javaMail.putAll(mail.getProperties());
    sender.setJavaMailProperties(javaMail);
    return sender;
  }

  /** A mail job must fail, and retry, rather than hang a job-executor thread; spring.mail.properties may override. */
  private static Properties timeouts(Properties javaMail) {
    javaMail.setProperty("mail.smtp.connectiontimeout", "5000");
    javaMail.setProperty("mail.smtp.timeout", "10000");
    javaMail.setProperty("mail.smtp.writetimeout", "10000");
    return javaMail;
  }

  static class NoMailHost implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String host = context.getEnvironment().getProperty("spring.mail.host");
      return host == null || host.isBlank();
    }
  }
}

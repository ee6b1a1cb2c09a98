package org.un.sc1540.workflow.notification;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without {@code spring.mail.host}, an embedded SMTP server and a sender pointed at it; with it,
 * Spring Boot's own sender for that relay (configured by the standard {@code spring.mail.*}).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  @Conditional(NoMailHost.class)
  EmbeddedSmtpServer embeddedSmtpServer(NotificationProperties properties) {
    return new EmbeddedSmtpServer(properties.embedded().host(), properties.embedded().port());
  }

  @Bean
  @Conditional(NoMailHost.class)
  JavaMailSender embeddedMailSender(EmbeddedSmtpServer server) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(server.host());
    sender.setPort(server.port());
    sender.setDefaultEncoding("UTF-8");
    Properties javaMail = new Properties();
    // A mail job must fail, and retry, rather than hang a job-executor thread.
    javaMail.setProperty("mail.smtp.connectiontimeout", "5000");
    javaMail.setProperty("mail.smtp.timeout", "10000");
    javaMail.setProperty("mail.smtp.writetimeout", "10000");
    sender.setJavaMailProperties(javaMail);
    return sender;
  }

  static class NoMailHost implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String host = context.getEnvironment().getProperty("spring.mail.host");
      return host == null || host.isBlank();
    }
  }
}

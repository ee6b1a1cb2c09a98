package org.un.sc1540.workflow.notification;

import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Where letters go.
 *
 * <p>With a relay ({@code spring.mail.host}, or {@code spring.mail.jndi-name} for a container's
 * mail session), Spring Boot's mail auto-configuration builds the sender from the standard
 * {@code spring.mail.*} properties, all of them: SSL bundle ({@code spring.mail.ssl.bundle}), JNDI
 * session, {@code spring.mail.properties.*}, and the check at start-up
 * ({@code spring.mail.test-connection}). Without one, the default run starts the embedded SMTP
 * server and a sender pointed at it, with the same {@code spring.mail.properties.*}.
 *
 * <p>Either sender keeps its SMTP connection open between letters (ConnectionReusingMailSender):
 * against a relay a new connection costs round trips (greeting, EHLO, STARTTLS and its handshake,
 * AUTH) before every letter. The relay's sender is Boot's, taken over with everything Boot set on it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

  static {
    // Before the first letter is built or the embedded server receives one (MailStreamProviderLookup).
    MailStreamProviderLookup.nameAngusProvider();
  }

  @Bean(initMethod = "start", destroyMethod = "stop")
  @Conditional(NoRelay.class)
  EmbeddedSmtpServer embeddedSmtpServer(NotificationProperties properties) {
    return new EmbeddedSmtpServer(properties.embedded().host(), properties.embedded().port());
  }

  @Bean
  @Conditional(NoRelay.class)
  JavaMailSenderImpl embeddedMailSender(EmbeddedSmtpServer server, MailProperties mail) {
    ConnectionReusingMailSender sender = new ConnectionReusingMailSender();
    sender.setHost(server.host());
    sender.setPort(server.port());
    sender.setDefaultEncoding(mail.getDefaultEncoding().name());
    Properties javaMail = new Properties();
    javaMail.putAll(mail.getProperties());
    sender.setJavaMailProperties(javaMail);
    return sender;
  }

  /** Boot's relay sender, made to keep its connection; static, as a post-processor must be created early. */
  @Bean
  static BeanPostProcessor mailConnectionReuse() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl configured && !(bean instanceof ConnectionReusingMailSender)) {
          return ConnectionReusingMailSender.sameAs(configured);
        }
        return bean;
      }
    };
  }

  /** Neither {@code spring.mail.host} nor {@code spring.mail.jndi-name}: the conditions of Boot's own sender, negated. */
  static class NoRelay implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment environment = context.getEnvironment();
      return isBlank(environment.getProperty("spring.mail.host"))
          && isBlank(environment.getProperty("spring.mail.jndi-name"));
    }

    private static boolean isBlank(String value) {
      return value == null || value.isBlank();
    }
  }
}

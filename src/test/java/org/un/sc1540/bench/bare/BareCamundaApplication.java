package org.un.sc1540.bench.bare;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;

/**
 * The footprint benchmark's yardstick: a bare Camunda 7.24 Spring Boot starter application
 * (engine, webapps, REST, H2), outside the Committee's packages so that none of its beans load.
 * It shares the test classpath, so the auto-configurations that only the Committee's application
 * brings (security, Thymeleaf, Flyway, mail) are switched off.
 */
@SpringBootApplication(exclude = {SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
    UserDetailsServiceAutoConfiguration.class, ThymeleafAutoConfiguration.class, FlywayAutoConfiguration.class,
    MailSenderAutoConfiguration.class, MailSenderValidatorAutoConfiguration.class})
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(BareCamundaApplication.class);
    // Not the Committee's application.yaml: the starter's defaults, plus what every run needs.
    application.setDefaultProperties(Map.of(
        "spring.config.name", "bare-camunda",
        "camunda.bpm.admin-user.id", "admin",
        "camunda.bpm.admin-user.password", "admin",
        // The test classpath holds test models, some broken on purpose; a bare starter has none.
        "camunda.bpm.auto-deployment-enabled", "false"));
    application.run(args);
  }
}

package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.un.sc1540.workflow.notification.NotificationProperties.ChairGender;
import org.un.sc1540.workflow.notification.NotificationProperties.Sender;

/** The sender settings as the README documents them, bound the way the application binds them. */
class NotificationPropertiesTest {

  @EnableConfigurationProperties(NotificationProperties.class)
  static class Configuration {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

  @Test
  void byDefaultTheCommitteeWrites() {
    runner.run(context -> {
      NotificationProperties properties = context.getBean(NotificationProperties.class);
      assertThat(properties.sender()).isEqualTo(Sender.COMMITTEE);
      assertThat(properties.chairGender()).isNull();
    });
  }

  @Test
  void theChairWritesWithTheConfiguredGender() {
    runner.withPropertyValues("committee.mail.sender=CHAIR", "committee.mail.chair-gender=MASCULINE").run(context -> {
      NotificationProperties properties = context.getBean(NotificationProperties.class);
      assertThat(properties.sender()).isEqualTo(Sender.CHAIR);
      assertThat(properties.chairGender()).isEqualTo(ChairGender.MASCULINE);
    });
  }

  @Test
  void theChairWithoutAGenderStopsTheStartWithTheReason() {
    runner.withPropertyValues("committee.mail.sender=CHAIR").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("committee.mail.chair-gender must be FEMININE or MASCULINE");
    });
  }
}

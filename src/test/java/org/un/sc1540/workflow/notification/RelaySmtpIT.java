package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.mail.host} set, no embedded server starts and letters go to that relay (here
 * a GreenMail server outside the application). Its own context, under its own engine name, so that
 * it does not take the place of the shared test context's "default" engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=relay-smtp-test")
@ActiveProfiles("test")
class RelaySmtpIT {

  @RegisterExtension
  static final GreenMailExtension RELAY = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void relay(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> RELAY.getSmtp().getPort());
  }

  @Autowired ApplicationContext context;
  @Autowired NotificationService notifications;

  @Test
  void withAConfiguredRelayNoEmbeddedServerStartsAndTheLetterReachesTheRelay() throws Exception {
    Letter letter = notifications.send(new LetterRequest("JPN", LetterType.REPORT_ACKNOWLEDGEMENT,
        UUID.randomUUID().toString(), "Task_Test", 1, "TEST-JPN", Map.of("reportReceivedOn", "2027-04-12")));

    assertThat(context.getBeanNamesForType(EmbeddedSmtpServer.class)).isEmpty();
    List<ReceivedMail> received = ReceivedMail.withMessageId(List.of(RELAY.getReceivedMessages()), letter.messageId());
    assertThat(received).hasSize(2);
    assertThat(received.get(0).to()).containsExactly("mission.jpn@example.org");
    assertThat(letter.status()).isEqualTo(LetterStatus.SENT);
  }
}

package org.un.sc1540.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterRequest;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.notification.NotificationService;
import org.un.sc1540.workflow.registry.Contact;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * The application on PostgreSQL (profiles {@code postgres,test}), run by {@code ./mvnw -Ppostgres
 * verify} against 127.0.0.1:5432, database {@code test}, user {@code postgres}. Each run gets a
 * schema of its own, created before the start and dropped after the stop, so that runs never see
 * each other's tables or an older schema.
 */
class PostgresIT {

  @RegisterExtension
  static final PostgresApplication POSTGRES = new PostgresApplication("it");

  @Test
  void engineAndRegistryTablesAreCreatedInTheRunsSchema() {
    JdbcClient jdbc = POSTGRES.bean(JdbcClient.class);

    assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(POSTGRES.schema().name());
    assertThat(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = ?")
        .param(POSTGRES.schema().name()).query(String.class).list())
        .contains("act_ru_task", "act_re_deployment", "flyway_schema_history", "member_state", "state_contact");
  }

  @Test
  void migrationsLoadThe193MemberStates() {
    JdbcClient jdbc = POSTGRES.bean(JdbcClient.class);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM member_state").query(Long.class).single()).isEqualTo(193);
  }

  @Test
  void contactsImportWritesTheNewContactAndEndsThePreviousOne() {
    RegistryService registry = POSTGRES.bean(RegistryService.class);

    registry.importContacts(new StringReader("state,role,name,organization,email,valid_from\n"
        + "BRA,POC,Ana Souza,Ministério das Relações Exteriores,a.souza@example.org,2026-05-01\n"));

    assertThat(registry.contactHistory("BRA"))
        .anySatisfy(c -> assertThat(c.email()).isEqualTo("a.souza@example.org"))
        .anySatisfy(c -> assertThat(c.validTo()).hasToString("2026-04-30"))
        .extracting(Contact::name).contains("Ana Souza");
  }

  @Test
  void anonymousCallsAreUnauthorized() {
    assertThat(POSTGRES.http().getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(POSTGRES.http().getForEntity("/api/registry/states", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void staffReadsTasks() {
    assertThat(POSTGRES.http().withBasicAuth("staff", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }


  @Test
  void lettersOpeningANewYearAtOnceGetConsecutiveSymbolsFromOne() throws Exception {
    NotificationService notifications = POSTGRES.bean(NotificationService.class);
    List<String> states = List.copyOf(POSTGRES.bean(RegistryService.class).states().keySet()).subList(0, 20);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2199, 3, 1, 9, 0, 0, 0, CommitteeClock.ZONE).toInstant()));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Letter>> sent = new ArrayList<>();
      for (String state : states) {
        sent.add(pool.submit(() -> notifications.send(new LetterRequest(state, LetterType.REPORT_ACKNOWLEDGEMENT,
            UUID.randomUUID().toString(), "Task_Test", 1, state, Map.of("reportReceivedOn", "2199-02-27")))));
      }
      List<String> symbols = new ArrayList<>();
      for (Future<Letter> letter : sent) {
        symbols.add(letter.get().symbol());
      }

      assertThat(symbols).containsExactlyInAnyOrderElementsOf(
          IntStream.rangeClosed(1, 20).mapToObj(n -> "S/AC.44/2199/NV." + n).toList());
    } finally {
      pool.shutdownNow();
      ClockUtil.reset();
    }
  }
}

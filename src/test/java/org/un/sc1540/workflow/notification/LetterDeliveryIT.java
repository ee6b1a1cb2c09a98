package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;

/** Letters through the real (embedded GreenMail) SMTP server, read back as a mail client would. */
@CommitteeTest
class LetterDeliveryIT {

  private static final String PROCESS = "LetterTestProcess";
  /** The server keeps one copy per envelope recipient: the Mission (To) and the point of contact (Cc). */
  private static final int COPIES_PER_LETTER = 2;

  @Autowired NotificationService notifications;
  @Autowired EmbeddedSmtpServer smtp;
  @Autowired CorrespondenceRegister register;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void deployTestProcessAndEmptyTheMailbox() {
    repositoryService.createDeployment().name("letter-test").enableDuplicateFiltering(false)
        .addClasspathResource("notification/LetterTestProcess.bpmn").deploy();
    if (!smtp.isRunning()) {
      smtp.start();
    }
    smtp.purge();
  }

  @AfterEach
  void restartSmtpIfATestStoppedIt() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"GBR,en", "FRA,fr", "ARG,es", "RUS,ru", "CHN,zh", "EGY,ar"})
  void letterArrivesInTheStatesLanguageToTheMissionWithThePointOfContactInCopy(String state, String language)
      throws Exception {
    Letter letter = notifications.send(acknowledgement(state, UUID.randomUUID().toString()));

    List<ReceivedMail> received = ReceivedMail.withMessageId(smtp.receivedMessages(), letter.messageId());
    assertThat(received).hasSize(COPIES_PER_LETTER);
    ReceivedMail mail = received.get(0);
    String code = state.toLowerCase();
    assertThat(mail.to()).containsExactly("mission." + code + "@example.org");
    assertThat(mail.cc()).containsExactly("poc." + code + "@example.org");
    assertThat(mail.subject()).isEqualTo(letter.subject()).isNotBlank();
    assertThat(mail.header("Content-Language")).isEqualTo(language);
    assertThat(mail.header("Message-ID")).isEqualTo(letter.messageId());
    assertThat(mail.part("text/plain")).contains(letter.symbol()).isEqualToNormalizingNewlines(letter.bodyText());
    assertThat(mail.part("text/html")).contains(letter.symbol()).contains("lang=\"" + language + "\"");
    assertThat(letter.language()).isEqualTo(language);
    assertThat(letter.status()).isEqualTo(LetterStatus.SENT);
  }

  @Test
  void askingAgainForALetterTheServerAcceptedSendsNothing() {
    LetterRequest request = acknowledgement("DEU", UUID.randomUUID().toString());

    Letter first = notifications.send(request);
    Letter second = notifications.send(request);

    assertThat(second.symbol()).isEqualTo(first.symbol());
    assertThat(ReceivedMail.withMessageId(smtp.receivedMessages(), first.messageId())).hasSize(COPIES_PER_LETTER);
    assertThat(second.attempts()).isEqualTo(1);
  }

  @Test
  void aJobRunAgainAfterTheLetterWasAcceptedDoesNotSendItTwice() {
    String pi = start("ITA", Map.of("failuresAfterSend", 1));
    Job job = job(pi);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("Simulated failure after the letter was sent");
    managementService.executeJob(job.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    List<Letter> letters = register.forProcessInstance(pi);
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).status()).isEqualTo(LetterStatus.SENT);
    assertThat(ReceivedMail.withMessageId(smtp.receivedMessages(), letters.get(0).messageId()))
        .hasSize(COPIES_PER_LETTER);
  }

  @Test
  void whileSmtpIsDownTheJobRetriesThenRaisesAReadableIncidentAndARetryDeliversExactlyOneLetter() {
    String pi = start("ESP", Map.of());
    smtp.stop();

    int attempts = 0;
    Job job = job(pi);
    while (job.getRetries() > 0) {
      ClockUtil.setCurrentTime(new Date(Math.max(ClockUtil.getCurrentTime().getTime(),
          job.getDuedate() == null ? 0 : job.getDuedate().getTime() + 1000)));
      String jobId = job.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(LetterDeliveryException.class);
      attempts++;
      job = job(pi);
    }

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi).singleResult();
    Letter failed = register.forProcessInstance(pi).get(0);
    assertThat(attempts).isGreaterThan(1);
    assertThat(incident.getIncidentMessage())
        .contains("Letter " + failed.symbol())
        .contains("was not accepted by the SMTP server")
        .contains("sent again, unchanged, when the job is retried");
    assertThat(failed.status()).isEqualTo(LetterStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(attempts);

    smtp.start();
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    Letter sent = register.forProcessInstance(pi).get(0);
    assertThat(sent.symbol()).isEqualTo(failed.symbol());
    assertThat(sent.status()).isEqualTo(LetterStatus.SENT);
    assertThat(ReceivedMail.withMessageId(smtp.receivedMessages(), sent.messageId())).hasSize(COPIES_PER_LETTER);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId("EndEvent_LetterSent").count()).isEqualTo(1);
  }

  @Test
  void aStateWithoutAValidMissionAddressEndsInTheModelledBpmnErrorAndUsesNoSymbol() {
    jdbc.sql("UPDATE state_contact SET valid_to = :day WHERE state_code = 'TUV' AND role = 'MISSION'")
        .param("day", LocalDate.now().minusYears(1)).update();
    int year = LocalDate.now(CommitteeClock.ZONE).getYear();
    Integer numberBefore = lastNumber(year);

    String pi = start("TUV", Map.of());
    managementService.executeJob(job(pi).getId());

    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId("EndEvent_Undeliverable").count()).isEqualTo(1);
    assertThat(register.forProcessInstance(pi)).isEmpty();
    assertThat(lastNumber(year)).isEqualTo(numberBefore);
  }

  @Test
  void fiftyLettersSentAtOnceGetFiftyDistinctConsecutiveSymbols() throws Exception {
    List<String> states = jdbc.sql("SELECT iso3 FROM member_state ORDER BY iso3 FETCH FIRST 50 ROWS ONLY")
        .query(String.class).list();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Letter>> sent = new ArrayList<>();
    try {
      for (String state : states) {
        sent.add(pool.submit(() -> notifications.send(acknowledgement(state, UUID.randomUUID().toString()))));
      }
      List<Integer> numbers = new ArrayList<>();
      for (Future<Letter> letter : sent) {
        String symbol = letter.get().symbol();
        numbers.add(Integer.parseInt(symbol.substring(symbol.lastIndexOf('.') + 1)));
      }
      numbers.sort(Integer::compare);
      assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
      assertThat(numbers.get(49) - numbers.get(0)).isEqualTo(49);
    } finally {
      pool.shutdownNow();
    }
    assertThat(smtp.receivedMessages()).hasSize(50 * COPIES_PER_LETTER);
  }

  @Test
  void aLineBreakInAContactNameCannotAddHeaders() throws Exception {
    jdbc.sql("INSERT INTO state_contact (state_code, role, name, organization, email, valid_from) VALUES "
            + "('NRU', 'POC', :name, NULL, 'second.poc.nru@example.org', DATE '2020-01-01')")
        .param("name", "Evil\r\nBcc: attacker@evil.example\r\nX-Injected: yes").update();

    Letter letter = notifications.send(acknowledgement("NRU", UUID.randomUUID().toString()));

    List<ReceivedMail> copies = ReceivedMail.withMessageId(smtp.receivedMessages(), letter.messageId());
    // One copy each for the Mission and the two points of contact: none for an injected Bcc.
    assertThat(copies).hasSize(3);
    ReceivedMail mail = copies.get(0);
    assertThat(mail.header("Bcc")).isNull();
    assertThat(mail.header("X-Injected")).isNull();
    assertThat(mail.cc()).contains("second.poc.nru@example.org").doesNotContain("attacker@evil.example");
  }

  private Integer lastNumber(int year) {
    return jdbc.sql("SELECT last_number FROM letter_sequence WHERE symbol_year = :year").param("year", year)
        .query(Integer.class).optional().orElse(0);
  }

  private String start(String state, Map<String, Object> extra) {
    HashMap<String, Object> variables = new HashMap<>(extra);
    variables.put(SendLetterDelegate.STATE_CODE, state);
    variables.put("reportReceivedOn", "2027-04-12");
    return runtimeService.startProcessInstanceByKey(PROCESS, "TEST-" + state, variables).getId();
  }

  private Job job(String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
  }

  private static LetterRequest acknowledgement(String state, String processInstanceId) {
    return new LetterRequest(state, LetterType.REPORT_ACKNOWLEDGEMENT, processInstanceId, "Task_Test", 1, "TEST-" + state,
        Map.of("reportReceivedOn", "2027-04-12"));
  }
}

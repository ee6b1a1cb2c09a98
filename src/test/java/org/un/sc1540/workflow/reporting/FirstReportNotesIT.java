package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterDeliveryException;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.notification.LetterType;

/**
 * A reminder cycle's letters through the embedded SMTP server, read back as a Mission's mail
 * client would: each note and the acknowledgement in the State's own language.
 */
@CommitteeTest
class FirstReportNotesIT {

  @Autowired EmbeddedSmtpServer smtp;
  @Autowired ReminderCycleDriver driver;
  @Autowired ManagementService managementService;

  @BeforeEach
  @AfterEach
  void smtpIsUp() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      "SEN,fr,Rappel",
      "PER,es,Recordatorio",
      "JOR,ar,تذكير"})
  void theNotesAndTheAcknowledgementReachTheMissionInTheStatesLanguage(String state, String language,
      String reminderWord) throws Exception {
    ProcessInstance cycle = driver.start(state);
    driver.sendNote(cycle);
    driver.passTimer(cycle, FirstReportReminderProcess.TIMER_REMINDER_DUE);
    driver.sendNote(cycle);
    driver.reportArrives(state, driver.today());
    driver.runJobAt(cycle, FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);

    List<Letter> notes = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER);
    assertThat(notes).hasSize(2);
    MimeMessage first = received(notes.get(0));
    MimeMessage reminder = received(notes.get(1));
    MimeMessage acknowledgement = received(driver.letters(cycle, LetterType.REPORT_ACKNOWLEDGEMENT).get(0));
    for (MimeMessage mail : List.of(first, reminder, acknowledgement)) {
      assertThat(mail.getHeader("Content-Language")).containsExactly(language);
      assertThat(addresses(mail, Message.RecipientType.TO)).containsExactly("mission." + state.toLowerCase() + "@example.org");
      assertThat(addresses(mail, Message.RecipientType.CC)).containsExactly("poc." + state.toLowerCase() + "@example.org");
      assertThat(mail.getSubject()).doesNotContain("First national report", "Reminder", "Acknowledgement");
    }
    assertThat(first.getSubject()).doesNotContain(reminderWord);
    assertThat(reminder.getSubject()).contains(reminderWord);
    assertThat(reminder.getHeader("X-Committee-Symbol")).containsExactly(notes.get(1).symbol());
  }

  @Test
  void aReportWhileTheSendJobIsFailingCancelsTheRetriesAndTheNoteNeverGoesOut() {
    ProcessInstance cycle = driver.start("HUN");
    driver.approveNote(cycle);
    smtp.stop();
    Job send = driver.jobAt(cycle, FirstReportReminderProcess.TASK_SEND_NOTE);
    assertThatThrownBy(() -> managementService.executeJob(send.getId())).isInstanceOf(LetterDeliveryException.class);
    assertThat(driver.jobAt(cycle, FirstReportReminderProcess.TASK_SEND_NOTE).getExceptionMessage())
        .contains("was not accepted by the SMTP server");
    smtp.start();

    driver.reportArrives("HUN", driver.today());

    assertThat(driver.jobAt(cycle, FirstReportReminderProcess.TASK_SEND_NOTE)).isNull();
    driver.runJobAt(cycle, FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
    Letter note = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER).get(0);
    assertThat(note.status()).isEqualTo(LetterStatus.FAILED);
    assertThat(smtp.receivedMessages()).noneMatch(m -> hasMessageId(m, note.messageId()));
    assertThat(driver.letters(cycle, LetterType.REPORT_ACKNOWLEDGEMENT)).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(LetterStatus.SENT));
  }

  private static boolean hasMessageId(MimeMessage message, String messageId) {
    try {
      return messageId.equals(message.getMessageID());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private MimeMessage received(Letter letter) throws MessagingException {
    for (MimeMessage message : smtp.receivedMessages()) {
      if (letter.messageId().equals(message.getMessageID())) {
        return message;
      }
    }
    throw new AssertionError("Letter " + letter.symbol() + " (" + letter.messageId() + ") did not reach the server");
  }

  private static List<String> addresses(MimeMessage mail, Message.RecipientType type) throws MessagingException {
    return Arrays.stream(mail.getRecipients(type)).map(a -> ((InternetAddress) a).getAddress()).toList();
  }
}

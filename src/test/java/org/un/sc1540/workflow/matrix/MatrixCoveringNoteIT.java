package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterDates;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * The covering notes of a round as the Missions receive them through the (embedded GreenMail)
 * SMTP server: in the State's language, with the deadline written out in that language, the link
 * to the matrix and the changes; and in the correspondence register.
 */
@CommitteeTest
class MatrixCoveringNoteIT {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EmbeddedSmtpServer smtp;
  @Autowired CorrespondenceRegister register;

  MatrixScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"GBR,en,2090", "FRA,fr,2091", "ARG,es,2092", "RUS,ru,2093", "CHN,zh,2094", "EGY,ar,2095"})
  void theCoveringNoteArrivesInTheStatesLanguageWithTheDeadlineAndTheLink(String state, String language, int year)
      throws Exception {
    MatrixScenario.at(LocalDate.of(year, 3, 2), 10, 0);
    ProcessInstance round = runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY, Map.of(
        MatrixCirculation.REVIEW_YEAR, year, MatrixCirculation.STATE_CODES, state));
    for (Job job : managementService.createJobQuery().processInstanceId(round.getId()).messages().list()) {
      managementService.executeJob(job.getId());
    }
    ProcessInstance review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId()).singleResult();
    scenario.prepareAndSend(review.getId(), state);

    List<Letter> letters = register.forProcessInstance(review.getId());
    assertThat(letters).hasSize(1);
    Letter covering = letters.get(0);
    assertThat(covering.type()).isEqualTo(LetterType.MATRIX_COVERING);
    assertThat(covering.businessKey()).isEqualTo("MATRIX-" + year + "-" + state);
    MimeMessage mail = smtp.receivedMessages().stream()
        .filter(m -> covering.messageId().equals(messageId(m))).findFirst().orElseThrow();

    String deadline = new LetterDates(UnLanguage.of(language)).format(LocalDate.of(year, 5, 29));
    String url = "https://documents.example.org/1540/matrices/" + state + ".pdf";
    assertThat(mail.getHeader("Content-Language")[0]).isEqualTo(language);
    assertThat(mail.getSubject()).contains(deadline);
    assertThat(part(mail, "text/plain")).contains(deadline).contains(url).contains(covering.symbol())
        .contains("New export-control act added under operative paragraph 3 (d).");
    assertThat(part(mail, "text/html")).contains("href=\"" + url + "\"").contains("lang=\"" + language + "\"");
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part part, String mimeType) throws Exception {
    if (part.isMimeType(mimeType)) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}

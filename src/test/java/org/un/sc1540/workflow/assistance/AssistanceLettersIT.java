package org.un.sc1540.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.un.sc1540.workflow.assistance.AssistanceArea.BORDER_EXPORT_CONTROLS;
import static org.un.sc1540.workflow.assistance.AssistanceArea.TRAINING_AWARENESS;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterDates;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * The assistance letters as their addressees receive them through the (embedded GreenMail) SMTP
 * server: the acknowledgement in the requesting State's language, and the circulation in each
 * provider's language, to a State's Mission and to an organization's own address.
 */
@CommitteeTest
class AssistanceLettersIT {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AssistanceRequests requests;
  @Autowired AssistanceOffers offers;
  @Autowired CorrespondenceRegister correspondence;
  @Autowired RegistryService registry;
  @Autowired EmbeddedSmtpServer smtp;

  AssistanceScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new AssistanceScenario(runtimeService, taskService, managementService, requests, offers);
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"GBR,en", "SEN,fr", "PER,es", "KAZ,ru", "CHN,zh", "JOR,ar"})
  void theAcknowledgementReachesTheMissionInTheStatesLanguage(String state, String language) throws Exception {
    LocalDate day = LocalDate.of(2033, 2, 7);
    AssistanceScenario.at(day, 10);
    AssistanceRequests.Registered request = scenario.register(state, day, false, false, BORDER_EXPORT_CONTROLS,
        TRAINING_AWARENESS);

    Letter letter = letter(request.processInstanceId(), LetterType.ASSISTANCE_REQUEST_ACKNOWLEDGEMENT, state);
    MimeMessage mail = received(letter);
    UnLanguage lang = UnLanguage.of(language);
    String text = part(mail, "text/plain");
    assertThat(mail.getHeader("Content-Language")[0]).isEqualTo(language);
    assertThat(to(mail)).containsExactly("mission." + state.toLowerCase() + "@example.org");
    assertThat(mail.getSubject()).contains(request.businessKey());
    assertThat(text).contains(request.businessKey()).contains(letter.symbol())
        .contains(new LetterDates(lang).format(day))
        .contains(BORDER_EXPORT_CONTROLS.label(lang)).contains(TRAINING_AWARENESS.label(lang))
        .contains(registry.state(state).addressee()).contains("NV/" + state + "/17");
    assertThat(part(mail, "text/html")).contains("lang=\"" + language + "\"")
        .contains(lang.rightToLeft() ? "dir=\"rtl\"" : "dir=\"ltr\"");
  }

  @Test
  void theCirculationReachesAStateProviderAndAnOrganizationEachInItsLanguage() throws Exception {
    LocalDate day = LocalDate.of(2033, 3, 7);
    AssistanceScenario.at(day, 10);
    AssistanceOffers.Registered russia = scenario.stateOffer("RUS", null, BORDER_EXPORT_CONTROLS);
    AssistanceOffers.Registered organization = offers.register(new AssistanceOffers.NewOffer(ProviderKind.ORGANIZATION,
        null, null, "Regional Customs Training Centre", "区域海关培训中心", "training@customs.example.org", UnLanguage.ZH,
        null, List.of(TRAINING_AWARENESS, BORDER_EXPORT_CONTROLS), "Courses for customs officers", null, null, null,
        null));
    AssistanceRequests.Registered request = scenario.register("MLI", day, false, true, BORDER_EXPORT_CONTROLS,
        TRAINING_AWARENESS);
    String pi = request.processInstanceId();
    scenario.reviewAndCirculate(pi);
    scenario.complete(pi, AssistanceRequestProcess.TASK_REVIEW_CIRCULATION, Map.of());
    LocalDate due = day.plusDays(60);

    MimeMessage toRussia = received(letter(pi, LetterType.ASSISTANCE_REQUEST_CIRCULATION, "RUS"));
    String russian = part(toRussia, "text/plain");
    assertThat(toRussia.getHeader("Content-Language")[0]).isEqualTo("ru");
    assertThat(to(toRussia)).containsExactly("mission.rus@example.org");
    assertThat(russian).contains("Запрашивающее государство: Мали").contains(request.businessKey())
        .contains(BORDER_EXPORT_CONTROLS.label(UnLanguage.RU)).contains(new LetterDates(UnLanguage.RU).format(due))
        .contains(registry.state("RUS").addressee())
        .contains("Training of customs officers in identifying dual-use goods");

    Letter toCentre = correspondence.forProcessInstance(pi).stream()
        .filter(l -> l.type() == LetterType.ASSISTANCE_REQUEST_CIRCULATION)
        .filter(l -> l.recipientTo().contains("training@customs.example.org")).findFirst().orElseThrow();
    MimeMessage centre = received(toCentre);
    String chinese = part(centre, "text/plain");
    assertThat(centre.getHeader("Content-Language")[0]).isEqualTo("zh");
    assertThat(to(centre)).containsExactly("training@customs.example.org");
    assertThat(centre.getRecipients(Message.RecipientType.CC)).isNull();
    assertThat(chinese).contains("区域海关培训中心").contains("请求国：马里").contains(new LetterDates(UnLanguage.ZH).format(due))
        .contains(TRAINING_AWARENESS.label(UnLanguage.ZH)).contains(BORDER_EXPORT_CONTROLS.label(UnLanguage.ZH));
    assertThat(requests.circulation(request.id())).filteredOn(e -> e.providerId() == organization.providerId()
        || e.providerId() == russia.providerId()).extracting(CirculationEntry::letterSymbol).doesNotContainNull();
  }

  private Letter letter(String processInstanceId, LetterType type, String state) {
    return correspondence.forProcessInstance(processInstanceId).stream()
        .filter(l -> l.type() == type && l.stateCode().equals(state)).findFirst().orElseThrow();
  }

  private MimeMessage received(Letter letter) {
    return smtp.receivedMessages().stream().filter(m -> {
      try {
        return letter.messageId().equals(m.getMessageID());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow(() -> new AssertionError("Letter " + letter.symbol() + " did not reach the SMTP server"));
  }

  private static List<String> to(MimeMessage mail) throws Exception {
    return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress())
        .toList();
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

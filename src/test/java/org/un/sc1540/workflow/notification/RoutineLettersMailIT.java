package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.Organization;
import org.un.sc1540.workflow.registry.OrganizationService;

/**
 * The March routine letters as a mail client reads them from the (embedded GreenMail) SMTP server:
 * every new type in English, French, Arabic and Chinese, to a State's Mission or to an
 * organization's address with its 1540 points of contact in copy; and the register files a letter
 * to an organization under the organization.
 */
@CommitteeTest
class RoutineLettersMailIT {

  private static final List<LetterType> TO_STATES = List.of(LetterType.ADDITIONAL_INFORMATION_REQUEST,
      LetterType.POC_NOMINATION_REQUEST, LetterType.POC_UPDATE_REQUEST, LetterType.ASSISTANCE_REQUESTER_FOLLOW_UP,
      LetterType.ASSISTANCE_PROVIDER_LETTER, LetterType.ASSISTANCE_POTENTIAL_PROVIDER_LETTER);
  private static final List<LetterType> TO_ORGANIZATIONS = List.of(LetterType.ORGANIZATION_POC_NOMINATION_REQUEST,
      LetterType.ORGANIZATION_POC_UPDATE_REQUEST, LetterType.ASSISTANCE_PROVIDER_LETTER,
      LetterType.ASSISTANCE_POTENTIAL_PROVIDER_LETTER);
  /** One State per language, as the registry has them, and the opening each letter starts with. */
  private static final Map<String, String> STATES = Map.of("en", "GBR", "fr", "FRA", "ar", "EGY", "zh", "CHN");
  private static final Map<String, String> COMPLIMENTS = Map.of(
      "en", "The Security Council Committee established pursuant to resolution 1540 (2004) presents its compliments",
      "fr", "Le Comité du Conseil de sécurité créé par la résolution 1540 (2004) présente ses compliments",
      "ar", "تهدي لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004) تحياتها إلى",
      "zh", "安全理事会第1540(2004)号决议所设委员会向");

  @Autowired NotificationService notifications;
  @Autowired OrganizationService organizations;
  @Autowired EmbeddedSmtpServer smtp;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void setUp() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  private ReceivedMail received(Letter letter) {
    List<ReceivedMail> copies = ReceivedMail.withMessageId(smtp.receivedMessages(), letter.messageId());
    assertThat(copies).as(letter.symbol()).isNotEmpty();
    return copies.get(0);
  }

  private static Map<String, Object> parameters(LetterType type) {
    return LetterSamples.parameters(type);
  }

  @Test
  void everyNewTypeReachesAStatesMissionInEnglishFrenchArabicAndChinese() throws Exception {
    String processInstanceId = UUID.randomUUID().toString();
    for (Map.Entry<String, String> language : STATES.entrySet()) {
      for (LetterType type : TO_STATES) {
        Letter letter = notifications.send(new LetterRequest(language.getValue(), type, processInstanceId,
            "Task_SendRoutineLetter", 1, "ROUTINE-2099", parameters(type)));

        ReceivedMail mail = received(letter);
        assertThat(mail.header("Content-Language")).as(type + " " + language.getKey()).isEqualTo(language.getKey());
        assertThat(mail.to()).containsExactly("mission." + language.getValue().toLowerCase() + "@example.org");
        assertThat(mail.part("text/plain")).as(type + " " + language.getKey())
            .contains(COMPLIMENTS.get(language.getKey())).contains(letter.symbol()).doesNotContain("矩阵");
        assertThat(letter.type()).isEqualTo(type);
        assertThat(letter.organizationId()).isNull();
      }
    }
  }

  @Test
  void theAdditionalInformationRequestCitesParagraph7InEachLanguage() throws Exception {
    Map<String, String> paragraph7 = Map.of(
        "en", "paragraph 7 of resolution 2663 (2022), in which the Security Council again encouraged all States",
        "fr", "paragraphe 7 de la résolution 2663 (2022), dans lequel le Conseil de sécurité a de nouveau encouragé",
        "ar", "الفقرة 7 من القرار 2663 (2022)، التي شجع فيها مجلس الأمن مرة أخرى",
        "zh", "“再次鼓励所有已经提交报告的国家酌情，或在接获1540委员会要求时，提供补充信息");
    String processInstanceId = UUID.randomUUID().toString();
    for (Map.Entry<String, String> language : STATES.entrySet()) {
      Letter letter = notifications.send(new LetterRequest(language.getValue(),
          LetterType.ADDITIONAL_INFORMATION_REQUEST, processInstanceId, "Task_SendRoutineLetter", 1, "ROUTINE-2099",
          Map.of("lastSubmissionYear", 2019)));

      assertThat(received(letter).part("text/plain")).contains(paragraph7.get(language.getKey())).contains("2019");
    }
  }

  @Test
  void aLetterToAnOrganizationGoesToItsAddressWithItsPointsOfContactInCopyInItsLanguage() throws Exception {
    organizations.importContacts(new StringReader(
        "acronym,organization,kind,language,organization_email,name,unit,email,valid_from\n"
            + "RT-FR,Organisation routinière,REGIONAL,fr,rt-fr@example.org,Claire Dubois,,c.dubois.rt@example.org,2026-01-01\n"
            + "RT-AR,منظمة الاختبار,REGIONAL,ar,rt-ar@example.org,Layla Haddad,,l.haddad.rt@example.org,2026-01-01\n"
            + "RT-ZH,测试组织,SUBREGIONAL,zh,rt-zh@example.org,Li Wei,,li.wei.rt@example.org,2026-01-01\n"
            + "RT-EN,Routine Test Organization,INTERNATIONAL,en,rt-en@example.org,Jane Roe,,j.roe.rt@example.org,2026-01-01\n"));
    String processInstanceId = UUID.randomUUID().toString();
    for (String acronym : List.of("RT-FR", "RT-AR", "RT-ZH", "RT-EN")) {
      Organization organization = organizations.organization(acronym).orElseThrow();
      for (LetterType type : TO_ORGANIZATIONS) {
        Letter letter = notifications.send(LetterRequest.toOrganization(organization.id(), type, processInstanceId,
            "Task_SendRoutineLetter", 1, "ROUTINE-2099", parameters(type)));

        ReceivedMail mail = received(letter);
        String code = organization.language().code();
        assertThat(mail.header("Content-Language")).isEqualTo(code);
        assertThat(mail.to()).containsExactly(organization.email());
        assertThat(mail.cc()).hasSize(1);
        assertThat(mail.part("text/plain")).contains(COMPLIMENTS.get(code)).contains(organization.name());
        if (code.equals("en")) {
          assertThat(mail.part("text/plain")).contains("presents its compliments to the Routine Test Organization");
        }
        assertThat(letter.stateCode()).isNull();
        assertThat(letter.organizationId()).isEqualTo(organization.id());
        assertThat(letter.organization()).isEqualTo(acronym);
      }
    }
  }

  @Test
  void askingAgainForALetterToAnOrganizationSendsNothingTwiceAndTheRegisterShowsItsTypeAndOrganization()
      throws Exception {
    Organization iaea = organizations.organization("IAEA").orElseThrow();
    LetterRequest request = LetterRequest.toOrganization(iaea.id(), LetterType.ORGANIZATION_POC_UPDATE_REQUEST,
        UUID.randomUUID().toString(), "Task_SendRoutineLetter", 1, "ROUTINE-2099",
        parameters(LetterType.ORGANIZATION_POC_UPDATE_REQUEST));

    Letter first = notifications.send(request);
    Letter again = notifications.send(request);

    assertThat(again.symbol()).isEqualTo(first.symbol());
    assertThat(ReceivedMail.withMessageId(smtp.receivedMessages(), first.messageId())).hasSize(2); // To and Cc
    JsonNode json = new ObjectMapper().readTree(http.withBasicAuth("staff", "demo")
        .getForObject("/api/correspondence/" + first.id(), String.class));
    assertThat(json.path("type").asText()).isEqualTo("ORGANIZATION_POC_UPDATE_REQUEST");
    assertThat(json.path("organization").asText()).isEqualTo("IAEA");
    assertThat(json.path("organizationId").asLong()).isEqualTo(iaea.id());
    assertThat(json.path("stateCode").isNull()).isTrue();
    org.springframework.http.ResponseEntity<String> page = http.withBasicAuth("staff", "demo")
        .getForEntity("/committee/correspondence/" + first.id(), String.class);
    org.springframework.http.ResponseEntity<String> list = http.withBasicAuth("staff", "demo")
        .getForEntity("/committee/correspondence", String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("<th>Organization</th><td>IAEA</td>");
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    assertThat(list.getBody()).contains("<td>IAEA</td>");
  }

  @Test
  void aLetterGoesToOneStateOrOneOrganization() {
    assertThatThrownBy(() -> new LetterRequest("FRA", LetterType.POC_UPDATE_REQUEST, "pi", "Task_X", 1, "K", Map.of(), 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LetterRequest(null, LetterType.POC_UPDATE_REQUEST, "pi", "Task_X", 1, "K", Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.un.sc1540.workflow.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.UnLanguage;

/** Parameters each letter type's template needs, as a process would hand them over. */
final class LetterSamples {

  /** One State per language, with its addressee phrase as the registry holds it. */
  static final Map<UnLanguage, MemberState> STATES = Map.of(
      UnLanguage.EN, new MemberState("GBR", "GB", "United Kingdom of Great Britain and Northern Ireland", UnLanguage.EN,
          "the Permanent Mission of the United Kingdom of Great Britain and Northern Ireland to the United Nations"),
      UnLanguage.FR, new MemberState("FRA", "FR", "France", UnLanguage.FR,
          "la Mission permanente de la France auprès de l'Organisation des Nations Unies"),
      UnLanguage.ES, new MemberState("ARG", "AR", "Argentina", UnLanguage.ES,
          "la Misión Permanente de la Argentina ante las Naciones Unidas"),
      UnLanguage.RU, new MemberState("RUS", "RU", "Russian Federation", UnLanguage.RU,
          "Постоянному представительству Российской Федерации при Организации Объединенных Наций"),
      UnLanguage.ZH, new MemberState("CHN", "CN", "China", UnLanguage.ZH, "中华人民共和国常驻联合国代表团"),
      UnLanguage.AR, new MemberState("EGY", "EG", "Egypt", UnLanguage.AR, "البعثة الدائمة لمصر لدى الأمم المتحدة"));

  private LetterSamples() {}

  /** A composer as the application configures it, writing as the Committee or as its Chair. */
  static LetterComposer composer(NotificationProperties.Sender sender, NotificationProperties.ChairGender chairGender) {
    return new LetterComposer(new NotificationProperties("1540 Committee <committee1540@example.org>",
        "committee1540@example.org", "S/AC.44/{year}/NV.{number}", "committee1540.example.org", "R5/PT5M", sender,
        chairGender, new NotificationProperties.Embedded("127.0.0.1", 0)));
  }

  static Map<String, Object> parameters(LetterType type) {
    Map<String, Object> p = new HashMap<>();
    switch (type) {
      case FIRST_REPORT_REMINDER -> {
        p.put("reminderNumber", 2);
        p.put("previousNoteSymbol", "S/AC.44/2027/NV.3");
        p.put("mentionAssistance", true);
        p.put("additionalParagraph", "The Committee also refers to the regional workshop held in May.");
      }
      case REPORT_ACKNOWLEDGEMENT -> p.put("reportReceivedOn", "2027-04-12");
      case MATRIX_COVERING -> {
        p.put("reviewYear", 2027);
        p.put("matrixReference", "MATRIX-2027-FRA");
        p.put("matrixVersion", "2027.1");
        p.put("matrixUrl", "https://documents.example.org/1540/matrices/2027/FRA.pdf");
        p.put("commentDeadline", LocalDate.of(2027, 5, 29));
        p.put("changesSummary", "New export-control act of 2026 added under operative paragraph 3 (d).");
      }
      case MATRIX_REMINDER -> {
        p.put("matrixReference", "MATRIX-2027-FRA");
        p.put("matrixUrl", "https://documents.example.org/1540/matrices/2027/FRA.pdf");
        p.put("commentDeadline", "2027-05-29");
        p.put("coveringSymbol", "S/AC.44/2027/NV.12");
        p.put("coveringDate", "2027-03-02");
      }
      case ASSISTANCE_REQUEST_ACKNOWLEDGEMENT -> {
        assistanceRequest(p);
        p.put("stateReference", "NV/MLI/2027/14");
        p.put("consentGiven", false);
        p.put("usesTemplate", false);
      }
      case ASSISTANCE_CLARIFICATION_REQUEST, ASSISTANCE_CLARIFICATION_REMINDER -> {
        assistanceRequest(p);
        p.put("questions", "Which border crossings would the training cover, and how many officers?");
        p.put("clarificationAskedOn", LocalDate.of(2027, 4, 20));
        p.put("clarificationDueOn", LocalDate.of(2027, 5, 20));
      }
      case ASSISTANCE_REQUEST_CIRCULATION -> {
        assistanceRequest(p);
        p.put("toProvider", true);
        p.put("description", "Training of customs officers in the identification of dual-use goods.");
        p.put("usesTemplate", true);
        p.put("offersDueOn", LocalDate.of(2027, 7, 28));
        p.put("matchedAreas", java.util.List.of("BORDER_EXPORT_CONTROLS"));
      }
      case ASSISTANCE_CIRCULATION_REMINDER -> {
        assistanceRequest(p);
        p.put("toProvider", true);
        p.put("circulationSymbol", "S/AC.44/2027/NV.31");
        p.put("circulationDate", LocalDate.of(2027, 5, 29));
        p.put("offersDueOn", LocalDate.of(2027, 7, 28));
      }
      case ASSISTANCE_FOLLOW_UP -> {
        assistanceRequest(p);
        p.put("providerName", "France");
        p.put("matchedOn", LocalDate.of(2027, 8, 2));
        p.put("followUpNumber", 1);
      }
      case ASSISTANCE_FEEDBACK_REQUEST -> {
        assistanceRequest(p);
        p.put("providerName", "France");
        p.put("deliveredOn", LocalDate.of(2027, 11, 5));
        p.put("feedbackDueOn", LocalDate.of(2028, 1, 4));
      }
      case ADDITIONAL_INFORMATION_REQUEST -> {
        p.put("lastSubmissionYear", 2019);
        p.put("additionalParagraph", "The Committee also refers to the regional workshop held in May.");
      }
      case POC_UPDATE_REQUEST, ORGANIZATION_POC_UPDATE_REQUEST -> {
        p.put("pocConfirmedOn", LocalDate.of(2025, 2, 10));
        p.put("additionalParagraph", "The Committee also refers to the regional workshop held in May.");
      }
      case ASSISTANCE_REQUESTER_FOLLOW_UP -> {
        p.put("requestReferences", "ASSIST-MLI-2027-1, ASSIST-MLI-2027-2");
        p.put("additionalParagraph", "The Committee also refers to the regional workshop held in May.");
      }
      case POC_NOMINATION_REQUEST, ASSISTANCE_PROVIDER_LETTER, ASSISTANCE_POTENTIAL_PROVIDER_LETTER,
          ORGANIZATION_POC_NOMINATION_REQUEST ->
          p.put("additionalParagraph", "The Committee also refers to the regional workshop held in May.");
      case MATRIX_CONSULTATION -> {
        p.put("matrixReference", "MATRIX-2027-FRA");
        p.put("matrixVersion", "2027.2");
        p.put("matrixUrl", "https://documents.example.org/1540/matrices/2027/FRA-rev1.pdf");
        p.put("commentDeadline", "2027-06-12");
      }
    }
    return p;
  }

  /** What every assistance letter names: the request, its State, its areas (codes, so that no language is assumed). */
  private static void assistanceRequest(Map<String, Object> p) {
    p.put("requestReference", "ASSIST-MLI-2027-1");
    p.put("requestReceivedOn", LocalDate.of(2027, 4, 12));
    p.put("requestingState", "Mali");
    p.put("areas", java.util.List.of("BORDER_EXPORT_CONTROLS", "TRAINING_AWARENESS"));
  }
}

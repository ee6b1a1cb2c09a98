package org.un.sc1540.workflow.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Parameters each letter type's template needs, as a process would hand them over. */
final class LetterSamples {

  private LetterSamples() {}

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

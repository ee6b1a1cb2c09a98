package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.matrix.StateMatrixReview;
import org.un.sc1540.workflow.registry.UnLanguage;
import org.un.sc1540.workflow.reporting.FirstReportReminderProcess;

class LetterFreeTextTest {

  private static final String ENGLISH = "The Committee also refers to the regional workshop held in May.";

  @Test
  void textInTheLettersLanguageGoesInTheBody() {
    assertThat(LetterFreeText.placement(UnLanguage.FR, "additionalParagraph",
        "Le Comité rappelle l'atelier régional tenu à Dakar en mai.", false)).isEqualTo(FreeTextPlacement.INLINE);
  }

  @Test
  void englishTextInAFrenchLetterGoesAsAnAnnexUnlessThePersonConfirmedItIsFrench() {
    assertThat(LetterFreeText.placement(UnLanguage.FR, "additionalParagraph", ENGLISH, false))
        .isEqualTo(FreeTextPlacement.ANNEX);
    assertThat(LetterFreeText.placement(UnLanguage.FR, "additionalParagraph", ENGLISH, true))
        .isEqualTo(FreeTextPlacement.INLINE);
  }

  @Test
  void textInAnotherScriptGoesAsAnAnnexAndAConfirmationOfItIsRefusedWithTheReason() {
    assertThat(LetterFreeText.placement(UnLanguage.ZH, "changesSummary", ENGLISH, false))
        .isEqualTo(FreeTextPlacement.ANNEX);

    assertThatThrownBy(() -> LetterFreeText.placement(UnLanguage.ZH, "changesSummary", ENGLISH, true))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("changesSummary")
        .hasMessageContaining("written in Chinese, the language of the letter")
        .hasMessageContaining("Chinese script")
        .hasMessageContaining("annex");
  }

  @Test
  void noTextGoesNowhereInParticular() {
    assertThat(LetterFreeText.placement(UnLanguage.AR, "additionalParagraph", "", true))
        .isEqualTo(FreeTextPlacement.INLINE);
  }

  @Test
  void theProcessesNameTheirPlacementAndConfirmationVariablesAfterTheFieldAsTheLetterReadsThem() {
    assertThat(FirstReportReminderProcess.ADDITIONAL_PARAGRAPH_PLACEMENT)
        .isEqualTo(LetterFreeText.placementParameter(FirstReportReminderProcess.ADDITIONAL_PARAGRAPH));
    assertThat(FirstReportReminderProcess.ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE)
        .isEqualTo(LetterFreeText.confirmationField(FirstReportReminderProcess.ADDITIONAL_PARAGRAPH));
    assertThat(StateMatrixReview.CHANGES_SUMMARY_PLACEMENT)
        .isEqualTo(LetterFreeText.placementParameter(StateMatrixReview.CHANGES_SUMMARY));
    assertThat(StateMatrixReview.CHANGES_SUMMARY_IN_LETTER_LANGUAGE)
        .isEqualTo(LetterFreeText.confirmationField(StateMatrixReview.CHANGES_SUMMARY));
    assertThat(LetterType.FIRST_REPORT_REMINDER.freeTextParameters())
        .containsExactly(FirstReportReminderProcess.ADDITIONAL_PARAGRAPH);
    assertThat(LetterType.MATRIX_COVERING.freeTextParameters()).containsExactly(StateMatrixReview.CHANGES_SUMMARY);
  }
}

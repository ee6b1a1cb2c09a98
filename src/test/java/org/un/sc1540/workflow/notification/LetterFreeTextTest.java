package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.registry.UnLanguage;

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
  void theLetterParameterAndTheFormFieldFollowTheFieldsName() {
    assertThat(LetterFreeText.placementParameter("changesSummary")).isEqualTo("changesSummaryPlacement");
    assertThat(LetterFreeText.confirmationField("changesSummary")).isEqualTo("changesSummaryInLetterLanguage");
  }
}

package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.un.sc1540.workflow.registry.UnLanguage;

class FreeTextLanguageTest {

  @ParameterizedTest(name = "fits a {1} letter: {0}")
  @CsvSource(delimiter = '|', value = {
      "The Committee also refers to the regional workshop held in May.|en",
      "Le Comité rappelle l'atelier régional tenu à Dakar en mai.|fr",
      "Aucun changement depuis la dernière matrice approuvée.|fr",
      "Adoption de la loi « Export Control Act » of 2026 par le Parlement.|fr",
      "El Comité recuerda el taller regional celebrado en mayo.|es",
      "No hay cambios desde la última matriz aprobada.|es",
      "Комитет напоминает о региональном семинаре, состоявшемся в мае.|ru",
      "В 2026 году принят закон об экспортном контроле (Export Control Act).|ru",
      "委员会提及5月举行的区域讲习班。|zh",
      "该国于2026年通过了新的出口管制法，并参考了IAEA和OPCW的指南。|zh",
      "وتشير اللجنة إلى حلقة العمل الإقليمية التي عقدت في أيار/مايو.|ar",
      "https://documents.example.org/1540/matrices/2027/FRA.pdf S/AC.44/2027/NV.3|ru",
      "S/RES/2663 (2022)|zh"})
  void textInTheLettersLanguageFits(String text, String language) {
    FreeTextLanguage.Assessment assessment = FreeTextLanguage.assess(text, UnLanguage.of(language));

    assertThat(assessment.fits()).as(assessment.reason()).isTrue();
  }

  @ParameterizedTest(name = "does not fit a {1} letter, looks {2}: {0}")
  @CsvSource(delimiter = '|', value = {
      "The Committee also refers to the regional workshop held in May.|fr|en|false",
      "New export-control act of 2026 added under operative paragraph 3 (d).|es|en|false",
      "No changes|fr|en|false",
      "Le Comité rappelle l'atelier régional tenu à Dakar en mai.|en|fr|false",
      "El Comité recuerda el taller regional celebrado en mayo.|fr|es|false",
      "The Committee also refers to the regional workshop held in May.|zh|en|true",
      "New export-control act of 2026 added under operative paragraph 3 (d).|ar|en|true",
      "New export-control act of 2026 added under operative paragraph 3 (d).|ru|en|true",
      "Комитет напоминает о региональном семинаре.|ar|ru|true",
      "委员会提及5月举行的区域讲习班。|en|zh|true",
      "وتشير اللجنة إلى حلقة العمل الإقليمية.|fr|ar|true"})
  void textInAnotherLanguageDoesNotFitAndIsNamed(String text, String language, String likely, boolean wrongScript) {
    FreeTextLanguage.Assessment assessment = FreeTextLanguage.assess(text, UnLanguage.of(language));

    assertThat(assessment.fits()).as(assessment.reason()).isFalse();
    assertThat(assessment.likelyLanguage()).isEqualTo(UnLanguage.of(likely));
    assertThat(assessment.wrongScript()).isEqualTo(wrongScript);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Ley 45/2026|zh", "Ley Marco|ru"})
  void latinTextWithoutEvidenceOfItsLanguageDoesNotFitANonLatinLetterAndNamesNoLanguage(String text, String language) {
    FreeTextLanguage.Assessment assessment = FreeTextLanguage.assess(text, UnLanguage.of(language));

    assertThat(assessment.fits()).isFalse();
    assertThat(assessment.wrongScript()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', value = {"''", "'   '", "2026"})
  void nothingToJudgeFits(String text) {
    assertThat(FreeTextLanguage.assess(text, UnLanguage.ZH).fits()).isTrue();
  }
}

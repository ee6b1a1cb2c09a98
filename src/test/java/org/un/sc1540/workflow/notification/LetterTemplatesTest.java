package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.UnLanguage;

class LetterTemplatesTest {

  private static final Map<UnLanguage, MemberState> STATES = Map.of(
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

  private static final Map<UnLanguage, String> DATES = Map.of(
      UnLanguage.EN, "29 May 2027",
      UnLanguage.FR, "29 mai 2027",
      UnLanguage.ES, "29 de mayo de 2027",
      UnLanguage.RU, "29 мая 2027 года",
      UnLanguage.ZH, "2027年5月29日",
      UnLanguage.AR, "29 مايو 2027");

  private final LetterComposer composer = new LetterComposer(new NotificationProperties(
      "1540 Committee <committee1540@example.org>", "committee1540@example.org", "S/AC.44/{year}/NV.{number}",
      "committee1540.example.org", "R5/PT5M", new NotificationProperties.Embedded("127.0.0.1", 0)));

  static Stream<Arguments> letters() {
    return Stream.of(UnLanguage.values())
        .flatMap(language -> Stream.of(LetterType.values()).map(type -> Arguments.of(language, type)));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("letters")
  void everyLetterRendersInEveryLanguageWithSymbolDateAndNoPlaceholder(UnLanguage language, LetterType type) {
    LetterContent letter = composer.compose(STATES.get(language), type, "S/AC.44/2027/NV.17", LocalDate.of(2027, 5, 29),
        LetterSamples.parameters(type));

    assertThat(letter.subject()).isNotBlank();
    assertThat(letter.text())
        .contains("S/AC.44/2027/NV.17")
        .contains(DATES.get(language))
        .contains(STATES.get(language).addressee())
        .doesNotContain("??", "${", "[[", "null");
    assertThat(letter.html()).contains("lang=\"" + language.code() + "\"");
    assertThat(letter.html()).contains(language.rightToLeft() ? "dir=\"rtl\"" : "dir=\"ltr\"");
  }

  @Test
  void arabicLettersAreLaidOutRightToLeft() {
    LetterContent letter = composer.compose(STATES.get(UnLanguage.AR), LetterType.FIRST_REPORT_REMINDER,
        "S/AC.44/2027/NV.1", LocalDate.of(2027, 3, 1), LetterSamples.parameters(LetterType.FIRST_REPORT_REMINDER));

    assertThat(letter.html()).contains("dir=\"rtl\"");
  }

  @Test
  void plainTextKeepsParagraphsApart() {
    LetterContent letter = composer.compose(STATES.get(UnLanguage.EN), LetterType.REPORT_ACKNOWLEDGEMENT,
        "S/AC.44/2027/NV.2", LocalDate.of(2027, 4, 13), LetterSamples.parameters(LetterType.REPORT_ACKNOWLEDGEMENT));

    assertThat(letter.text()).contains("\n\n").doesNotContain("\n\n\n").doesNotContain("<p");
    assertThat(letter.text()).contains("12 April 2027");
  }
}

package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.un.sc1540.workflow.notification.NotificationProperties.ChairGender;
import org.un.sc1540.workflow.notification.NotificationProperties.Sender;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * What the letters say, point by point of issue 12: resolution 2663 (2022) §6 as the Council wrote
 * it, 汇总表 in Chinese, the Spanish closing, "son Gouvernement" / "su Gobierno", the sender formula
 * in each language and gender, and a person's text in another language sent as a marked annex.
 */
class LetterWordingTest {

  private static final LetterComposer COMMITTEE = LetterSamples.composer(Sender.COMMITTEE, null);
  private static final String ENGLISH_PARAGRAPH = "The Committee also refers to the regional workshop held in May.";
  /** The beginning of the Committee's compliments formula in each language. */
  private static final Map<String, String> COMMITTEE_COMPLIMENTS = Map.of(
      "en", "The Security Council Committee established pursuant to resolution 1540 (2004) presents its compliments",
      "fr", "Le Comité du Conseil de sécurité créé par la résolution 1540 (2004) présente ses compliments",
      "es", "El Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004) saluda",
      "ru", "Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004), свидетельствует",
      "zh", "安全理事会第1540(2004)号决议所设委员会向",
      "ar", "تهدي لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004)");

  private static LetterContent letter(LetterComposer composer, UnLanguage language, LetterType type,
      Map<String, Object> parameters) {
    return composer.compose(LetterSamples.STATES.get(language), type, "S/AC.44/2027/NV.17", LocalDate.of(2027, 3, 2),
        parameters);
  }

  private static LetterContent letter(UnLanguage language, LetterType type) {
    return letter(COMMITTEE, language, type, LetterSamples.parameters(type));
  }

  private static Map<String, Object> with(LetterType type, String name, Object value) {
    Map<String, Object> parameters = new HashMap<>(LetterSamples.parameters(type));
    parameters.put(name, value);
    return parameters;
  }

  // 2663 §6: "calls again upon" (再次促请), not "urges"

  @Test
  void theEnglishReminderSaysTheCouncilCalledAgainUponTheStatesAndNeverUrges() {
    Pattern urge = Pattern.compile("(?i)\\burg(e|es|ed|ing)\\b");
    for (int reminderNumber : List.of(1, 2)) {
      LetterContent reminder = letter(COMMITTEE, UnLanguage.EN, LetterType.FIRST_REPORT_REMINDER,
          with(LetterType.FIRST_REPORT_REMINDER, "reminderNumber", reminderNumber));

      assertThat(reminder.text()).contains("paragraph 6 of resolution 2663 (2022), in which the Council called again "
          + "upon all States that have not yet presented such a report to continue to undertake efforts to submit it "
          + "to the Committee without delay");
      assertThat(urge.matcher(reminder.subject() + "\n" + reminder.text()).find()).as("'urge' in the reminder").isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|in which the Council called again upon all States|urge",
      "fr|dans lequel le Conseil a demandé de nouveau à tous les États qui n'avaient pas encore présenté de premier rapport|exhort",
      "es|en el que el Consejo exhortó nuevamente a todos los Estados que aún no hubieran presentado un primer informe|inst",
      "ru|в котором Совет вновь призвал все государства, которые еще не представили первый доклад|настоятельно",
      "zh|安理会在第2663(2022)号决议第6段中“再次促请所有尚未提交第一次报告|敦促",
      "ar|التي أهاب فيها المجلس مرة أخرى بجميع الدول التي لم تقدم بعد أول تقرير لها|حث"})
  void theReminderGivesParagraph6WithTheCouncilsVerbInEachLanguage(String code, String paragraph6, String urges) {
    LetterContent reminder = letter(UnLanguage.of(code), LetterType.FIRST_REPORT_REMINDER);

    assertThat(reminder.text()).contains(paragraph6).doesNotContain(urges);
  }

  @Test
  void theChineseReminderQuotesParagraph6AsTheChineseOfficialTextHasIt() {
    assertThat(letter(UnLanguage.ZH, LetterType.FIRST_REPORT_REMINDER).text()).contains("“再次促请所有尚未提交第一次报告说明"
        + "它们已经或打算采取哪些步骤执行第1540(2004)号决议的国家继续开展努力，毫不拖延地向1540委员会提交这一报告，"
        + "请委员会酌情全面为这些国家提供专业意见，以协助提交这一报告”");
  }

  // Chinese: 汇总表, never 矩阵

  static Stream<Arguments> chineseLetters() {
    return Stream.of(LetterType.values()).flatMap(type -> Stream.of(
        Arguments.of(type, FreeTextPlacement.INLINE), Arguments.of(type, FreeTextPlacement.ANNEX)));
  }

  @ParameterizedTest(name = "{0}, free text {1}")
  @MethodSource("chineseLetters")
  void noChineseLetterOrSubjectSaysJuzhen(LetterType type, FreeTextPlacement placement) {
    Map<String, Object> parameters = new HashMap<>(LetterSamples.parameters(type));
    type.freeTextParameters().forEach(field -> parameters.put(LetterFreeText.placementParameter(field), placement.name()));
    LetterContent letter = letter(COMMITTEE, UnLanguage.ZH, type, parameters);

    assertThat(letter.subject()).doesNotContain("矩阵");
    assertThat(letter.html()).doesNotContain("矩阵");
    if (type.name().startsWith("MATRIX_")) {
      assertThat(letter.subject()).contains("汇总表");
      assertThat(letter.text()).contains("汇总表");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LetterType.class)
  void noChineseTemplateFileSaysJuzhen(LetterType type) throws IOException {
    for (String template : List.of("layout", type.template())) {
      try (InputStream in = new ClassPathResource(LetterComposer.TEMPLATE_ROOT + "zh/" + template + ".html").getInputStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("zh/" + template).doesNotContain("矩阵");
      }
    }
  }

  // Spanish closing; French and Spanish acknowledgements

  @ParameterizedTest(name = "{0}")
  @EnumSource(LetterType.class)
  void everySpanishLetterClosesWithLasSeguridadesDeSuMasAltaConsideracion(LetterType type) {
    assertThat(letter(UnLanguage.ES, type).text())
        .contains("El Comité aprovecha la oportunidad para reiterar a la Misión Permanente de la Argentina ante las "
            + "Naciones Unidas las seguridades de su más alta consideración.")
        .doesNotContain("testimonio");
  }

  @Test
  void theFrenchAcknowledgementSaysTheReportWasSubmittedBySonGouvernement() {
    assertThat(letter(UnLanguage.FR, LetterType.REPORT_ACKNOWLEDGEMENT).text())
        .contains("du premier rapport national présenté par son Gouvernement");
  }

  @Test
  void theSpanishAcknowledgementSaysTheReportWasSubmittedBySuGobierno() {
    assertThat(letter(UnLanguage.ES, LetterType.REPORT_ACKNOWLEDGEMENT).text())
        .contains("del primer informe nacional presentado por su Gobierno");
  }

  // Who writes: the Committee, or its Chair in the Chair's gender

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|The Security Council Committee established pursuant to resolution 1540 (2004) presents its compliments to|The Committee avails itself of this opportunity to renew to",
      "fr|Le Comité du Conseil de sécurité créé par la résolution 1540 (2004) présente ses compliments à|Le Comité saisit cette occasion pour renouveler à",
      "es|El Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004) saluda atentamente a|El Comité aprovecha la oportunidad para reiterar a",
      "ru|Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004), свидетельствует свое уважение|Комитет пользуется случаем, чтобы возобновить",
      "zh|安全理事会第1540(2004)号决议所设委员会向|委员会借此机会向",
      "ar|تهدي لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004) تحياتها إلى|وتغتنم اللجنة هذه الفرصة لتعرب مجددا إلى"})
  void byDefaultTheCommitteeWrites(String code, String compliments, String closing) {
    for (LetterType type : LetterType.values()) {
      assertThat(letter(UnLanguage.of(code), type).text()).contains(COMMITTEE_COMPLIMENTS.get(code))
          .contains(compliments).contains(closing);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource(delimiter = '|', value = {
      "en|FEMININE|The Chair of the Security Council Committee established pursuant to resolution 1540 (2004) presents her compliments to|The Chair avails herself of this opportunity to renew to|the assurances of her highest consideration.",
      "en|MASCULINE|The Chair of the Security Council Committee established pursuant to resolution 1540 (2004) presents his compliments to|The Chair avails himself of this opportunity to renew to|the assurances of his highest consideration.",
      "fr|FEMININE|La Présidente du Comité du Conseil de sécurité créé par la résolution 1540 (2004) présente ses compliments à|La Présidente saisit cette occasion pour renouveler à|les assurances de sa très haute considération.",
      "fr|MASCULINE|Le Président du Comité du Conseil de sécurité créé par la résolution 1540 (2004) présente ses compliments à|Le Président saisit cette occasion pour renouveler à|les assurances de sa très haute considération.",
      "es|FEMININE|La Presidenta del Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004) saluda atentamente a|La Presidenta aprovecha la oportunidad para reiterar a|las seguridades de su más alta consideración.",
      "es|MASCULINE|El Presidente del Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004) saluda atentamente a|El Presidente aprovecha la oportunidad para reiterar a|las seguridades de su más alta consideración.",
      "ru|FEMININE|Председатель Комитета Совета Безопасности, учрежденного резолюцией 1540 (2004), свидетельствует свое уважение|Председатель пользуется случаем, чтобы возобновить|уверения в своем самом высоком уважении.",
      "ru|MASCULINE|Председатель Комитета Совета Безопасности, учрежденного резолюцией 1540 (2004), свидетельствует свое уважение|Председатель пользуется случаем, чтобы возобновить|уверения в своем самом высоком уважении.",
      "zh|FEMININE|安全理事会第1540(2004)号决议所设委员会主席向|主席借此机会向|重申最崇高的敬意。",
      "zh|MASCULINE|安全理事会第1540(2004)号决议所设委员会主席向|主席借此机会向|重申最崇高的敬意。",
      "ar|FEMININE|تهدي رئيسة لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004) تحياتها إلى|وتغتنم الرئيسة هذه الفرصة لتعرب مجددا إلى|عن أسمى آيات تقديرها.",
      "ar|MASCULINE|يهدي رئيس لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004) تحياته إلى|ويغتنم الرئيس هذه الفرصة ليعرب مجددا إلى|عن أسمى آيات تقديره."})
  void theChairWritesInTheChairsGenderInEveryLetter(String code, ChairGender gender, String compliments,
      String closing, String consideration) {
    LetterComposer chair = LetterSamples.composer(Sender.CHAIR, gender);
    for (LetterType type : LetterType.values()) {
      String text = letter(chair, UnLanguage.of(code), type, LetterSamples.parameters(type)).text();

      assertThat(text).as(type.name()).contains(compliments).contains(closing).contains(consideration);
      assertThat(text).as(type.name()).doesNotContain(COMMITTEE_COMPLIMENTS.get(code));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(LetterType.class)
  void arabicOpeningsAgreeWithTheWriter(LetterType type) {
    String committee = letter(UnLanguage.AR, type).text();
    String chairWoman = letter(LetterSamples.composer(Sender.CHAIR, ChairGender.FEMININE), UnLanguage.AR, type,
        LetterSamples.parameters(type)).text();
    String chairMan = letter(LetterSamples.composer(Sender.CHAIR, ChairGender.MASCULINE), UnLanguage.AR, type,
        LetterSamples.parameters(type)).text();

    // The first verb after "has the honour to" is feminine for the Committee (اللجنة) and a woman Chair.
    assertThat(committee).containsPattern("وتتشرف بأن ت");
    assertThat(chairWoman).containsPattern("وتتشرف بأن ت");
    assertThat(chairMan).containsPattern("ويتشرف بأن ي").doesNotContain("وتتشرف");
  }

  @Test
  void aChairWhoseGenderIsNotConfiguredStopsTheConfiguration() {
    assertThatThrownBy(() -> LetterSamples.composer(Sender.CHAIR, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("committee.mail.chair-gender must be FEMININE or MASCULINE");
  }

  // A person's text in another language: a marked annex

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "FIRST_REPORT_REMINDER|fr|Annexe : texte fourni en anglais|Le Comité appelle en outre l'attention de la Mission permanente sur le texte figurant en annexe à la présente note.",
      "FIRST_REPORT_REMINDER|es|Anexo: texto presentado en inglés|El Comité señala además a la atención de la Misión Permanente el texto que figura en el anexo de la presente nota.",
      "FIRST_REPORT_REMINDER|ru|Приложение: текст, представленный на английском языке|Комитет также обращает внимание Постоянного представительства на текст, содержащийся в приложении к настоящей ноте.",
      "FIRST_REPORT_REMINDER|zh|附件：以英文提供的案文|委员会还提请常驻代表团注意本照会附件所载案文。",
      "FIRST_REPORT_REMINDER|ar|مرفق: نص مقدم باللغة الإنكليزية|وتوجه اللجنة كذلك انتباه البعثة الدائمة إلى النص الوارد في مرفق هذه المذكرة.",
      "MATRIX_COVERING|fr|Annexe : texte fourni en anglais|Les principales modifications apportées depuis la dernière matrice approuvée par le Comité sont décrites dans l'annexe à la présente note.",
      "MATRIX_COVERING|es|Anexo: texto presentado en inglés|Los principales cambios introducidos desde la última matriz aprobada por el Comité se describen en el anexo de la presente nota.",
      "MATRIX_COVERING|ru|Приложение: текст, представленный на английском языке|Основные изменения по сравнению с последней утвержденной Комитетом матрицей изложены в приложении к настоящей ноте.",
      "MATRIX_COVERING|zh|附件：以英文提供的案文|自委员会上次核准汇总表以来的主要变化载于本照会附件。",
      "MATRIX_COVERING|ar|مرفق: نص مقدم باللغة الإنكليزية|وترد في مرفق هذه المذكرة التغييرات الرئيسية التي أدخلت منذ آخر مصفوفة وافقت عليها اللجنة."})
  void englishTextInAnotherLanguagesLetterGoesAfterTheDateAsAnAnnexMarkedInThatLanguage(LetterType type, String code,
      String heading, String pointer) {
    LetterContent letter = letter(UnLanguage.of(code), type);
    String given = (String) LetterSamples.parameters(type).get(type.freeTextParameters().get(0));
    String text = letter.text().replace('\u00a0', ' ');
    String date = new LetterDates(UnLanguage.of(code)).format(LocalDate.of(2027, 3, 2));

    assertThat(text).contains(pointer);
    assertThat(text.indexOf(heading)).as("annex heading after the date").isGreaterThan(text.indexOf(date));
    assertThat(text.indexOf(given)).as("the text, once, after the heading").isGreaterThan(text.indexOf(heading))
        .isEqualTo(text.lastIndexOf(given));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = LetterType.class, names = {"FIRST_REPORT_REMINDER", "MATRIX_COVERING"})
  void englishTextInAnEnglishLetterStaysInTheBody(LetterType type) {
    String text = letter(UnLanguage.EN, type).text();
    String given = (String) LetterSamples.parameters(type).get(type.freeTextParameters().get(0));

    assertThat(text).contains(given).doesNotContain("Annex:").doesNotContain("annex");
    assertThat(text.indexOf(given)).isLessThan(text.indexOf("New York, "));
  }

  @Test
  void aConfirmedTextGoesInTheBodyAsWritten() {
    LetterContent letter = letter(COMMITTEE, UnLanguage.FR, LetterType.FIRST_REPORT_REMINDER,
        with(LetterType.FIRST_REPORT_REMINDER, LetterFreeText.placementParameter("additionalParagraph"),
            FreeTextPlacement.INLINE.name()));

    assertThat(letter.text()).contains(ENGLISH_PARAGRAPH).doesNotContain("Annexe").doesNotContain("figurant en annexe");
    assertThat(letter.text().indexOf(ENGLISH_PARAGRAPH)).isLessThan(letter.text().indexOf("New York, le"));
  }

  @Test
  void textWhoseLanguageTheDetectorCannotNameIsMarkedAsInAnotherLanguage() {
    LetterContent letter = letter(COMMITTEE, UnLanguage.ZH, LetterType.MATRIX_COVERING,
        with(LetterType.MATRIX_COVERING, "changesSummary", "Decreto Marco 45/2026"));

    assertThat(letter.text()).contains("附件：以另一种语文提供的案文").contains("Decreto Marco 45/2026");
  }

  @Test
  void theArabicAnnexKeepsTheTextsOwnDirection() {
    LetterContent letter = letter(UnLanguage.AR, LetterType.MATRIX_COVERING);

    assertThat(letter.html()).contains("dir=\"auto\">New export-control act of 2026");
  }

  @Test
  void aPersonsTextMayContainWhatLooksLikeATemplatePlaceholder() {
    LetterContent letter = letter(COMMITTEE, UnLanguage.EN, LetterType.FIRST_REPORT_REMINDER,
        with(LetterType.FIRST_REPORT_REMINDER, "additionalParagraph", "Which law applies ?? See ${annex} [[1]]."));

    assertThat(letter.text()).contains("Which law applies ?? See ${annex} [[1]].");
  }

  @Test
  void everyFreeTextParameterIsOneTheProcessesHandOverAndEachLetterHasAtMostOne() {
    for (LetterType type : LetterType.values()) {
      assertThat(type.freeTextParameters()).as(type.name()).hasSizeLessThanOrEqualTo(1);
    }
    assertThat(LetterType.FIRST_REPORT_REMINDER.freeTextParameters()).containsExactly("additionalParagraph");
    assertThat(LetterType.MATRIX_COVERING.freeTextParameters()).containsExactly("changesSummary");
  }
}

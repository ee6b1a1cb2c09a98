package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.UnLanguage;

class LetterTemplatesTest {

  private static final Map<UnLanguage, MemberState> STATES = LetterSamples.STATES;

  private static final Map<UnLanguage, String> DATES = Map.of(
      UnLanguage.EN, "29 May 2027",
      UnLanguage.FR, "29 mai 2027",
      UnLanguage.ES, "29 de mayo de 2027",
      UnLanguage.RU, "29 мая 2027 года",
      UnLanguage.ZH, "2027年5月29日",
      UnLanguage.AR, "29 أيار/مايو 2027");

  private final LetterComposer composer = LetterSamples.composer(NotificationProperties.Sender.COMMITTEE, null);

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

  /** Three or more Latin-script words in a row, e.g. an English phrase left behind in a Russian letter. */
  private static final Pattern LATIN_RUN = Pattern.compile("\\p{IsLatin}+(?:[\\s,;:'’()-]+\\p{IsLatin}+){2,}");
  /** Latin text a letter legitimately carries: URLs, e-mail addresses, document symbols. */
  private static final Pattern LATIN_ALLOWED = Pattern.compile("https?://\\S+|\\S+@\\S+|\\bS/AC\\.44/\\S+");

  /** Runs of Latin-script words left once URLs, addresses, symbols and the process's own values are taken out. */
  static List<String> latinRuns(String text, Map<String, Object> parameters) {
    String rest = text;
    for (Object value : parameters.values()) {
      if (value instanceof String given && !given.isBlank()) {
        rest = rest.replace(given, " ");
      }
    }
    rest = LATIN_ALLOWED.matcher(rest).replaceAll(" ");
    List<String> runs = new ArrayList<>();
    Matcher matcher = LATIN_RUN.matcher(rest);
    while (matcher.find()) {
      runs.add(matcher.group());
    }
    return runs;
  }

  /** Common English words that are not also French or Spanish words. */
  private static final Pattern ENGLISH_WORD = Pattern.compile(
      "(?i)\\b(the|and|of|to|by|with|which|would|its|this|that|has|have|been|Committee|Government|Reminder|"
          + "comments|requested|report|resolution|State|States|Permanent)\\b");

  static List<String> englishWords(String text, Map<String, Object> parameters) {
    String rest = text;
    for (Object value : parameters.values()) {
      if (value instanceof String given && !given.isBlank()) {
        rest = rest.replace(given, " ");
      }
    }
    rest = LATIN_ALLOWED.matcher(rest).replaceAll(" ");
    List<String> words = new ArrayList<>();
    Matcher matcher = ENGLISH_WORD.matcher(rest);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  @Test
  void lettersInNonLatinScriptsCarryNoEnglishByAccident() {
    List<String> findings = new ArrayList<>();
    for (UnLanguage language : List.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.RU)) {
      for (LetterType type : LetterType.values()) {
        Map<String, Object> parameters = LetterSamples.parameters(type);
        LetterContent letter = composer.compose(STATES.get(language), type, "S/AC.44/2027/NV.17",
            LocalDate.of(2027, 5, 29), parameters);
        for (String run : latinRuns(letter.subject() + "\n" + letter.text(), parameters)) {
          findings.add(LetterComposer.templateName(language, type) + ": \"" + run + "\"");
        }
      }
    }
    // French and Spanish are written in Latin script too; there, look for English words neither language has.
    for (UnLanguage language : List.of(UnLanguage.FR, UnLanguage.ES)) {
      for (LetterType type : LetterType.values()) {
        Map<String, Object> parameters = LetterSamples.parameters(type);
        LetterContent letter = composer.compose(STATES.get(language), type, "S/AC.44/2027/NV.17",
            LocalDate.of(2027, 5, 29), parameters);
        for (String word : englishWords(letter.subject() + "\n" + letter.text(), parameters)) {
          findings.add(LetterComposer.templateName(language, type) + ": \"" + word + "\"");
        }
      }
    }
    assertThat(findings).as("English words in letters not written in English").isEmpty();

    // The heuristic must catch English at all: the English letter, taken as if it were Russian, fails it.
    Map<String, Object> parameters = LetterSamples.parameters(LetterType.MATRIX_REMINDER);
    LetterContent english = composer.compose(STATES.get(UnLanguage.EN), LetterType.MATRIX_REMINDER,
        "S/AC.44/2027/NV.17", LocalDate.of(2027, 5, 29), parameters);
    assertThat(latinRuns(english.text(), parameters)).isNotEmpty();
    assertThat(englishWords(english.text(), parameters)).isNotEmpty();
  }

  @Test
  void plainTextKeepsParagraphsApart() {
    LetterContent letter = composer.compose(STATES.get(UnLanguage.EN), LetterType.REPORT_ACKNOWLEDGEMENT,
        "S/AC.44/2027/NV.2", LocalDate.of(2027, 4, 13), LetterSamples.parameters(LetterType.REPORT_ACKNOWLEDGEMENT));

    assertThat(letter.text()).contains("\n\n").doesNotContain("\n\n\n").doesNotContain("<p");
    assertThat(letter.text()).contains("12 April 2027");
  }
}

package org.un.sc1540.workflow.notification;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Tells whether a person's own text (a paragraph added to a note, the summary of what changed in
 * a matrix) looks written in the language of the letter it is meant for. A simple, documented
 * heuristic, not a language identifier; it errs towards "does not fit" only on clear evidence.
 *
 * <ol>
 *   <li>Web addresses, e-mail addresses, document symbols ({@code S/RES/2663 (2022)},
 *       {@code S/AC.44/2027/NV.3}) and digits are set aside: they read the same in every language.</li>
 *   <li><b>Script.</b> What is left is counted in units: a word for alphabetic scripts (Latin,
 *       Cyrillic, Arabic), a character for Chinese, since a Chinese word is one or two characters.
 *       Fewer than half the units in the letter's script (Arabic for {@code ar}, Han for {@code zh},
 *       Cyrillic for {@code ru}, Latin for {@code en}, {@code fr}, {@code es}) means the text is
 *       not in the letter's language: a Russian text may name a law in English, a Chinese one may
 *       cite "IAEA", but most of it is in its own script.</li>
 *   <li><b>Function words</b>, for the three languages written in Latin script: the text's words
 *       are counted against short lists of words that are frequent in English, French or Spanish
 *       and rare in the other two ("the", "of", "which"; "les", "des", "dans"; "los", "del",
 *       "para"), plus letters with accents only French ("è", "ç") or only Spanish ("ñ", "á") uses.
 *       A word the letter's own language also has ("a", "on", "or" in French; "a", "no", "has" in
 *       Spanish) is not counted against it. If another language scores strictly more than the
 *       letter's, the text does not fit.</li>
 * </ol>
 *
 * The likely language of a text that does not fit is named, so that the letter can say "text
 * provided in English"; when the evidence names none, the letter says "another language".
 */
public final class FreeTextLanguage {

  /**
   * @param fits whether the text can go into the letter as it is
   * @param wrongScript the text is mostly in another script; no confirmation makes it fit
   * @param likelyLanguage the language the text seems written in, or null when nothing says
   * @param reason for people: why the text was judged so
   */
  public record Assessment(boolean fits, boolean wrongScript, UnLanguage likelyLanguage, String reason) {}

  private static final Pattern SET_ASIDE = Pattern.compile(
      "(?i:https?://\\S+|www\\.\\S+)|\\S+@\\S+|\\b[A-Z]{1,4}(?:/[A-Z0-9.\\-]+)+(?:\\s*\\(\\d{4}\\))?|\\p{Nd}+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "are", "was", "were",
      "be", "been", "by", "for", "with", "from", "this", "that", "these", "those", "which", "who", "has", "have",
      "had", "will", "would", "shall", "should", "it", "its", "their", "they", "not", "or", "but", "also", "under",
      "since", "into", "than", "there", "any", "all", "such", "may", "can", "new", "none", "no", "changes", "what",
      "on", "at", "an", "as", "a", "he", "after", "before", "between", "within", "without", "about", "our", "we",
      "his", "her", "amended", "adopted", "entered", "force");
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "sont",
      "une", "un", "pour", "par", "dans", "sur", "au", "aux", "que", "qui", "ne", "pas", "ce", "cette", "ces",
      "il", "elle", "ils", "avec", "sa", "ses", "leur", "leurs", "depuis", "sans", "aucun", "aucune", "ont",
      "été", "nouvelle", "nouveau", "loi", "l", "d", "qu", "en", "se", "son");
  private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "del", "de", "y", "es", "son",
      "para", "por", "con", "una", "un", "su", "sus", "al", "lo", "como", "desde", "sin", "sobre", "ha", "han",
      "fue", "sido", "ningún", "ninguna", "ninguno", "nueva", "nuevo", "este", "esta", "estos", "estas",
      "cambios", "hay", "ley", "que", "en", "se");
  /** English words that are also words of the letter's language, which must not count against it. */
  private static final Map<UnLanguage, Set<String>> HOMOGRAPHS = new EnumMap<>(Map.of(
      UnLanguage.FR, Set.of("a", "on", "or", "an", "as", "but", "changes", "force"),
      UnLanguage.ES, Set.of("a", "no", "he", "as", "has", "can")));
  private static final Pattern FRENCH_ONLY_LETTERS = Pattern.compile("[èêàçùôîûëïœ]");
  private static final Pattern SPANISH_ONLY_LETTERS = Pattern.compile("[ñáíóú]");

  private static final Map<UnLanguage, UnicodeScript> SCRIPTS = new EnumMap<>(Map.of(
      UnLanguage.AR, UnicodeScript.ARABIC,
      UnLanguage.ZH, UnicodeScript.HAN,
      UnLanguage.RU, UnicodeScript.CYRILLIC,
      UnLanguage.EN, UnicodeScript.LATIN,
      UnLanguage.FR, UnicodeScript.LATIN,
      UnLanguage.ES, UnicodeScript.LATIN));

  private FreeTextLanguage() {}

  public static Assessment assess(String text, UnLanguage letterLanguage) {
    if (text == null || text.isBlank()) {
      return new Assessment(true, false, letterLanguage, "no text");
    }
    String rest = SET_ASIDE.matcher(text).replaceAll(" ");
    Map<UnicodeScript, Integer> units = new EnumMap<>(UnicodeScript.class);
    List<String> latinWords = new ArrayList<>();
    Matcher words = WORD.matcher(rest);
    while (words.find()) {
      String word = words.group();
      UnicodeScript script = scriptOf(word);
      if (script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
        units.merge(UnicodeScript.HAN, (int) word.codePoints().filter(Character::isLetter).count(), Integer::sum);
      } else {
        units.merge(script, 1, Integer::sum);
        if (script == UnicodeScript.LATIN) {
          latinWords.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    int total = units.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return new Assessment(true, false, letterLanguage, "nothing but numbers, symbols or addresses");
    }
    UnicodeScript expected = SCRIPTS.get(letterLanguage);
    int inScript = units.getOrDefault(expected, 0);
    if (inScript * 2 < total) {
      UnicodeScript main = units.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      UnLanguage likely = switch (main) {
        case ARABIC -> UnLanguage.AR;
        case HAN -> UnLanguage.ZH;
        case CYRILLIC -> UnLanguage.RU;
        case LATIN -> leader(latinScores(latinWords, null));
        default -> null;
      };
      return new Assessment(false, true, likely, inScript + " of " + total + " words are in " + scriptName(expected)
          + " script, the script of the letter's language (" + letterLanguage.code() + ")");
    }
    if (expected != UnicodeScript.LATIN) {
      return new Assessment(true, false, letterLanguage, "written in " + scriptName(expected) + " script");
    }
    Map<UnLanguage, Integer> scores = latinScores(latinWords, letterLanguage);
    int own = scores.get(letterLanguage);
    scores.remove(letterLanguage);
    int other = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (other > own) {
      UnLanguage likely = leader(scores);
      return new Assessment(false, false, likely, "more of its common words are "
          + (likely == null ? "of another language" : likely.locale().getDisplayLanguage(Locale.ENGLISH))
          + " (" + other + ") than " + letterLanguage.locale().getDisplayLanguage(Locale.ENGLISH) + " (" + own + ")");
    }
    return new Assessment(true, false, letterLanguage, "nothing says it is in another language");
  }

  /**
   * How many of the words point to English, French and Spanish. With a letter language, that
   * language's homographs do not count for English.
   */
  static Map<UnLanguage, Integer> latinScores(List<String> words, UnLanguage letterLanguage) {
    Set<String> notEnglish = letterLanguage == null ? Set.of() : HOMOGRAPHS.getOrDefault(letterLanguage, Set.of());
    Map<UnLanguage, Integer> score = new EnumMap<>(UnLanguage.class);
    score.put(UnLanguage.EN, 0);
    score.put(UnLanguage.FR, 0);
    score.put(UnLanguage.ES, 0);
    for (String word : words) {
      if (ENGLISH.contains(word) && !notEnglish.contains(word)) {
        score.merge(UnLanguage.EN, 1, Integer::sum);
      }
      if (FRENCH.contains(word) || FRENCH_ONLY_LETTERS.matcher(word).find()) {
        score.merge(UnLanguage.FR, 1, Integer::sum);
      }
      if (SPANISH.contains(word) || SPANISH_ONLY_LETTERS.matcher(word).find()) {
        score.merge(UnLanguage.ES, 1, Integer::sum);
      }
    }
    return score;
  }

  /** The one language with the highest score above zero, or null on a tie or no evidence. */
  static UnLanguage leader(Map<UnLanguage, Integer> scores) {
    int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<UnLanguage> leaders = scores.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
        .toList();
    return best > 0 && leaders.size() == 1 ? leaders.get(0) : null;
  }

  private static UnicodeScript scriptOf(String word) {
    return word.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst()
        .orElse(UnicodeScript.COMMON);
  }

  private static String scriptName(UnicodeScript script) {
    return switch (script) {
      case HAN -> "Chinese";
      case ARABIC -> "Arabic";
      case CYRILLIC -> "Cyrillic";
      default -> "Latin";
    };
  }
}

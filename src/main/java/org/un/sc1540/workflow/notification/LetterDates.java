package org.un.sc1540.workflow.notification;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Dates as each language writes them in a UN letter: "29 May 2027", "29 mai 2027" ("1er mars"),
 * "29 de mayo de 2027", "29 мая 2027 года", "2027年5月29日", "29 أيار/مايو 2027" (UN Arabic gives
 * both the Levantine and the Egyptian month name). Templates call
 * {@code ${dates.format(p.commentDeadline)}}.
 */
public final class LetterDates {

  private static final Map<UnLanguage, String> PATTERNS = new EnumMap<>(Map.of(
      UnLanguage.EN, "d MMMM yyyy",
      UnLanguage.FR, "d MMMM yyyy",
      UnLanguage.ES, "d 'de' MMMM 'de' yyyy",
      UnLanguage.RU, "d MMMM yyyy 'года'",
      UnLanguage.ZH, "yyyy'年'M'月'd'日'",
      UnLanguage.AR, "d MMMM yyyy"));  // month names below

  private static final List<String> ARABIC_MONTHS = List.of("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس",
      "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
      "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر");

  private final UnLanguage language;
  private final DateTimeFormatter formatter;

  public LetterDates(UnLanguage language) {
    this.language = language;
    this.formatter = DateTimeFormatter.ofPattern(PATTERNS.get(language), language.locale());
  }

  /** Accepts a LocalDate, an ISO date text, or a java.util.Date (read as a New York day). */
  public String format(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("A date the letter needs is missing");
    }
    LocalDate day = toLocalDate(value);
    return switch (language) {
      case AR -> day.getDayOfMonth() + " " + ARABIC_MONTHS.get(day.getMonthValue() - 1) + " " + day.getYear();
      case FR -> day.getDayOfMonth() == 1 ? "1er" + formatter.format(day).substring(1) : formatter.format(day);
      default -> formatter.format(day);
    };
  }

  static LocalDate toLocalDate(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof ZonedDateTime time) {
      return time.withZoneSameInstant(CommitteeClock.ZONE).toLocalDate();
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(CommitteeClock.ZONE).toLocalDate();
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}

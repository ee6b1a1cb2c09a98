package org.un.sc1540.workflow.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One parser per kind of input, used by every way a value reaches the Committee's code: a Tasklist
 * form, the engine REST API, the Committee's API, a CSV file. Each refuses what it cannot read
 * with a {@link Refused} that names the field and repeats the value exactly as it was given.
 */
public final class Inputs {

  /** Resolution 1540 was adopted in 2004; the mandate and its follow-up reach no further than this. */
  public static final int FIRST_YEAR = 2004;
  public static final int LAST_YEAR = 2100;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Inputs() {}

  public static boolean isBlank(Object value) {
    return value == null || value instanceof CharSequence text && text.toString().isBlank();
  }

  /** A whole number given as a number or as its text; null when absent. */
  public static Long optionalWholeNumber(String name, Object value) {
    if (isBlank(value)) {
      return null;
    }
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw Refused.badRequest(name + " must be a whole number, not '" + value + "'");
    }
    try {
      return number.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw Refused.badRequest(name + " must be a whole number, not " + value);
    }
  }

  /** A whole number within [min, max]; the refusal names the number as it was given. */
  public static Integer optionalInteger(String name, Object value, int min, int max) {
    Long number = optionalWholeNumber(name, value);
    if (number == null) {
      return null;
    }
    if (number < min || number > max) {
      throw Refused.badRequest(name + " must lie between " + min + " and " + max + ", not " + value);
    }
    return number.intValue();
  }

  public static int requiredInteger(String name, Object value, int min, int max) {
    Integer number = optionalInteger(name, value, min, max);
    if (number == null) {
      throw Refused.badRequest(name + " is required (a whole number between " + min + " and " + max + ")");
    }
    return number;
  }

  /** A calendar year of the Committee's work, e.g. 2027. */
  public static int year(String name, Object value) {
    if (isBlank(value)) {
      throw Refused.badRequest(name + " is required (a year such as 2027)");
    }
    Long number;
    try {
      number = optionalWholeNumber(name, value);
    } catch (Refused e) {
      throw Refused.badRequest(name + " must be a year such as 2027, not '" + value + "'");
    }
    if (number < FIRST_YEAR || number > LAST_YEAR) {
      throw Refused.badRequest(name + " must be a year between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + value);
    }
    return number.intValue();
  }

  /**
   * A day: an ISO date ({@code 2027-05-29}); a date-time counts by its date as written; a
   * {@link Date} (a Date variable over REST) is read as a day in New York. Nothing else is
   * guessed: {@code 05/29/2027} is refused rather than read one way or the other.
   */
  public static LocalDate optionalDate(String name, Object value) {
    if (isBlank(value)) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(NEW_YORK).toLocalDate();
    }
    String text = value.toString().strip();
    String day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    if (ISO_DATE.matcher(day).matches()) {
      try {
        return LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        throw Refused.badRequest(name + " '" + text + "' is not a day of the calendar");
      }
    }
    throw Refused.badRequest(name + " must be a date written year-month-day, such as 2027-05-29, not '" + text + "'");
  }

  public static LocalDate requiredDate(String name, Object value) {
    LocalDate day = optionalDate(name, value);
    if (day == null) {
      throw Refused.badRequest(name + " is required (a date written year-month-day, such as 2027-05-29)");
    }
    return day;
  }

  /** true or false (a checkbox, a Boolean variable, or their text); absent is false. */
  public static boolean flag(String name, Object value) {
    if (isBlank(value)) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().strip().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw Refused.badRequest(name + " must be true or false, not '" + value + "'");
  }

  public static String optionalText(String name, Object value, int maxLength) {
    if (isBlank(value)) {
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > maxLength) {
      throw Refused.badRequest(name + " is " + text.length() + " characters long; at most " + maxLength
          + " are kept");
    }
    return text;
  }

  public static String requiredText(String name, Object value, int maxLength) {
    String text = optionalText(name, value, maxLength);
    if (text == null) {
      throw Refused.badRequest(name + " is required");
    }
    return text;
  }

  /** One of an enum's constants, by name in any case. */
  public static <E extends Enum<E>> E choice(String name, Object value, Class<E> type) {
    String text = requiredText(name, value, 100).toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw Refused.badRequest(name + " must be one of " + List.of(type.getEnumConstants()) + ", not '" + value + "'");
  }

  /**
   * An absolute http(s) link with a host: what a Mission may be asked to open. Other schemes
   * ({@code javascript:}, {@code data:}, {@code file:}) are refused.
   */
  public static String optionalUrl(String name, Object value) {
    String text = optionalText(name, value, 1000);
    if (text == null) {
      return null;
    }
    if (!isWebLink(text)) {
      throw Refused.badRequest(name + " '" + text + "' is not a web link; give an address that starts with "
          + "https:// or http://, such as https://documents.example.org/1540/FRA.pdf");
    }
    return text;
  }

  public static String requiredUrl(String name, Object value) {
    String url = optionalUrl(name, value);
    if (url == null) {
      throw Refused.badRequest(name + " is required (a web link starting with https://)");
    }
    return url;
  }

  /** Whether a text is an absolute http(s) URL with a host and nothing that could break out of an attribute. */
  public static boolean isWebLink(String text) {
    if (text == null || text.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** One State's ISO 3166-1 alpha-3 code, upper-cased. Whether it is a Member State is the registry's check. */
  public static String stateCode(String name, Object value) {
    if (isBlank(value)) {
      throw Refused.badRequest(name + " is required (a State's ISO 3166-1 alpha-3 code, such as FRA)");
    }
    if (!(value instanceof CharSequence)) {
      throw Refused.badRequest(name + " must be a State's ISO 3166-1 alpha-3 code (text), not " + value);
    }
    String code = value.toString().strip().toUpperCase(Locale.ROOT);
    if (!STATE_CODE.matcher(code).matches()) {
      throw Refused.badRequest(name + " '" + value + "' is not an ISO 3166-1 alpha-3 code (three letters, such as FRA)");
    }
    return code;
  }

  /**
   * State codes as they arrive: a list (Java, JSON), a JSON list in a text (a String variable over
   * REST: {@code ["FRA","ESP"]}), or a text separated by commas, semicolons or spaces (a Tasklist
   * field: {@code FRA, ESP}). Upper-cased, duplicates dropped, order kept; empty when absent.
   */
  public static List<String> stateCodes(String name, Object value) {
    List<String> raw = new ArrayList<>();
    if (isBlank(value)) {
      return List.of();
    }
    if (value instanceof Collection<?> items) {
      items.forEach(item -> raw.add(item == null ? "" : item.toString()));
    } else if (value instanceof CharSequence chars) {
      String text = chars.toString().strip();
      if (text.startsWith("[")) {
        raw.addAll(jsonList(name, text));
      } else {
        raw.addAll(List.of(text.split("[,;\\s]+")));
      }
    } else {
      throw Refused.badRequest(name + " must be a list of ISO 3166-1 alpha-3 codes (such as FRA, ESP), not " + value);
    }
    Set<String> codes = new LinkedHashSet<>();
    List<String> malformed = new ArrayList<>();
    for (String item : raw) {
      String code = item.strip().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (STATE_CODE.matcher(code).matches()) {
        codes.add(code);
      } else {
        malformed.add(item.strip());
      }
    }
    if (!malformed.isEmpty()) {
      throw Refused.badRequest(name + ": not ISO 3166-1 alpha-3 codes (three letters, such as FRA): "
          + String.join(", ", malformed.stream().map(c -> "'" + c + "'").toList()));
    }
    return List.copyOf(codes);
  }

  /** A list of codes as the JSON text the Committee's tables keep. */
  public static String json(List<String> codes) {
    try {
      return JSON.writeValueAsString(codes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A list of strings is always JSON", e);
    }
  }

  /** The JSON text of {@link #json(List)} read back. */
  public static List<String> fromJson(String text) {
    return isBlank(text) ? List.of() : jsonList("list", text);
  }

  private static List<String> jsonList(String name, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw Refused.badRequest(name + " is not a JSON list: " + e.getOriginalMessage());
    }
    if (!node.isArray()) {
      throw Refused.badRequest(name + " is not a JSON list of texts");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw Refused.badRequest(name + " must list texts (such as \"FRA\"), not " + item);
      }
      items.add(item.asText());
    }
    return items;
  }
}

package org.un.sc1540.workflow.matrix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Reads what people and other systems hand the matrix processes (start forms, task forms, REST
 * messages) and refuses bad input with a message that names the field and the problem. A
 * {@link BadUserRequestException} is what Tasklist shows to the user and the REST API answers with 400.
 */
final class MatrixInput {

  static final int FIRST_YEAR = 2004;
  static final int LAST_YEAR = 2100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private MatrixInput() {}

  static int reviewYear(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException("reviewYear is required (the year of the circulation, e.g. 2027)");
    }
    int year;
    if (value instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new BadUserRequestException("reviewYear " + value + " is not a whole year");
      }
      year = number.intValue();
    } else {
      try {
        year = Integer.parseInt(value.toString().strip());
      } catch (NumberFormatException e) {
        throw new BadUserRequestException("reviewYear '" + value + "' is not a year (e.g. 2027)");
      }
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new BadUserRequestException("reviewYear " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
    }
    return year;
  }

  /** An ISO date (YYYY-MM-DD); a java.util.Date is read as a day in New York. Null when absent. */
  static LocalDate optionalDate(String name, Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(CommitteeClock.ZONE).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException(name + " '" + text + "' is not an ISO date (YYYY-MM-DD, e.g. 2027-05-29)");
    }
  }

  static LocalDate requiredDate(String name, Object value) {
    LocalDate day = optionalDate(name, value);
    if (day == null) {
      throw new BadUserRequestException(name + " is required (an ISO date, YYYY-MM-DD)");
    }
    return day;
  }

  /**
   * The States of a round: a JSON list ({@code ["FRA","DEU"]}) or a comma- or space-separated list
   * ({@code FRA, DEU}) of alpha-3 codes, in any case; duplicates dropped, order kept. Empty means
   * every Member State. Unknown codes are refused, all of them named at once.
   */
  static List<String> stateCodes(Object value, Collection<String> members) {
    List<String> raw = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(code -> raw.add(String.valueOf(code)));
    } else if (value != null && !value.toString().isBlank()) {
      String text = value.toString().strip();
      if (text.startsWith("[")) {
        try {
          raw.addAll(JSON.readValue(text, new TypeReference<List<String>>() {}));
        } catch (JsonProcessingException e) {
          throw new BadUserRequestException("stateCodes is not a JSON list of alpha-3 codes (e.g. [\"FRA\", \"DEU\"]): "
              + e.getOriginalMessage());
        }
      } else {
        raw.addAll(List.of(text.split("[,;\\s]+")));
      }
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : raw) {
      if (code != null && !code.isBlank()) {
        codes.add(code.strip().toUpperCase(Locale.ROOT));
      }
    }
    if (codes.isEmpty()) {
      return List.copyOf(members);
    }
    List<String> unknown = codes.stream().filter(code -> !members.contains(code)).toList();
    if (!unknown.isEmpty()) {
      throw new BadUserRequestException("stateCodes: " + String.join(", ", unknown)
          + (unknown.size() == 1 ? " is not" : " are not") + " among the 193 Member States (ISO 3166-1 alpha-3 codes)");
    }
    return List.copyOf(codes);
  }

  static String json(List<String> codes) {
    try {
      return JSON.writeValueAsString(codes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A list of strings is always JSON", e);
    }
  }

  static String requiredText(String name, Object value, int maxLength) {
    String text = optionalText(name, value, maxLength);
    if (text == null) {
      throw new BadUserRequestException(name + " is required");
    }
    return text;
  }

  static String optionalText(String name, Object value, int maxLength) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > maxLength) {
      throw new BadUserRequestException(name + " is longer than " + maxLength + " characters");
    }
    return text;
  }

  /** An absolute http(s) link, the one the State's Mission will open. */
  static String url(String name, Object value) {
    String text = requiredText(name, value, 1000);
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // Refused below with the same message as any other unusable link.
    }
    throw new BadUserRequestException(name + " '" + text + "' is not an http(s) link (e.g. https://documents.example.org/1540/FRA.pdf)");
  }

  static boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && Boolean.parseBoolean(value.toString().strip());
  }
}

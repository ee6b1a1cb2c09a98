package org.un.sc1540.workflow.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Reads the values a review is given by a start form, the engine REST API or our API, whatever
 * their type there (a number or its text, a date or its ISO text), and names the one that is wrong.
 */
final class ReviewInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewInput() {}

  static boolean isBlank(Object value) {
    return value == null || value instanceof String text && text.isBlank();
  }

  static Integer optionalInteger(String name, Object value) {
    if (isBlank(value)) {
      return null;
    }
    if (value instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        throw ReviewRequestException.badRequest(name + " must be a whole number, not " + value);
      }
      return number.intValue();
    }
    try {
      return Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw ReviewRequestException.badRequest(name + " must be a whole number, not '" + value + "'");
    }
  }

  static int requiredInteger(String name, Object value) {
    Integer result = optionalInteger(name, value);
    if (result == null) {
      throw ReviewRequestException.badRequest(name + " is required");
    }
    return result;
  }

  static LocalDate optionalDate(String name, Object value) {
    if (isBlank(value)) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(CommitteeClock.ZONE).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      // A date field sends 2027-11-30; a date-time (e.g. over REST) counts by its date.
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw ReviewRequestException.badRequest(name + " must be a date such as 2027-11-30, not '" + value + "'");
    }
  }

  static boolean optionalBoolean(String name, Object value) {
    if (isBlank(value)) {
      return false;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    String text = value.toString().strip().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw ReviewRequestException.badRequest(name + " must be true or false, not '" + value + "'");
  }

  /** State codes as a JSON list or separated by commas or spaces; each must be a Member State. */
  static List<String> stateCodes(String name, Object value, Predicate<String> isMember) {
    if (isBlank(value)) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      try {
        for (Object code : JSON.readValue(text, List.class)) {
          codes.add(String.valueOf(code));
        }
      } catch (JsonProcessingException e) {
        throw ReviewRequestException.badRequest(name + " is not a JSON list of State codes: " + e.getOriginalMessage());
      }
    } else {
      codes.addAll(Arrays.asList(text.split("[,\\s]+")));
    }
    Set<String> result = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : codes) {
      String normalized = code.strip().toUpperCase(Locale.ROOT);
      if (normalized.isEmpty()) {
        continue;
      }
      if (isMember.test(normalized)) {
        result.add(normalized);
      } else {
        unknown.add(code.strip());
      }
    }
    if (!unknown.isEmpty()) {
      throw ReviewRequestException.badRequest(name + ": not Member State codes (ISO alpha-3): " + unknown);
    }
    return List.copyOf(result);
  }

  static String json(List<String> codes) {
    try {
      return JSON.writeValueAsString(codes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String optionalText(String name, Object value, int maxLength) {
    if (isBlank(value)) {
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > maxLength) {
      throw ReviewRequestException.badRequest(name + " is longer than " + maxLength + " characters");
    }
    return text;
  }
}

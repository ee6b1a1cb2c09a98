package org.un.sc1540.workflow.review;

import org.un.sc1540.workflow.input.Inputs;
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


  private ReviewInput() {}

  static boolean isBlank(Object value) {
    return value == null || value instanceof String text && text.isBlank();
  }

  static Integer optionalInteger(String name, Object value) {
    return Inputs.optionalInteger(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  static int requiredInteger(String name, Object value) {
    Integer result = optionalInteger(name, value);
    if (result == null) {
      throw ReviewRequestException.badRequest(name + " is required");
    }
    return result;
  }

  static LocalDate optionalDate(String name, Object value) {
    return Inputs.optionalDate(name, value);
  }

  static boolean optionalBoolean(String name, Object value) {
    return Inputs.flag(name, value);
  }

  /** State codes as a JSON list or separated by commas or spaces; each must be a Member State. */
  static List<String> stateCodes(String name, Object value, Predicate<String> isMember) {
    List<String> codes = Inputs.stateCodes(name, value);
    List<String> unknown = codes.stream().filter(code -> !isMember.test(code)).toList();
    if (!unknown.isEmpty()) {
      throw ReviewRequestException.badRequest(name + ": not Member State codes (ISO alpha-3): " + unknown);
    }
    return codes;
  }

  static String json(List<String> codes) {
    return Inputs.json(codes);
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

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
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Reads what people and other systems hand the matrix processes (start forms, task forms, REST
 * messages) and refuses bad input with a message that names the field and the problem. A
 * {@link BadUserRequestException} is what Tasklist shows to the user and the REST API answers with 400.
 */
final class MatrixInput {

  static final int FIRST_YEAR = 2004;
  static final int LAST_YEAR = 2100;

  private MatrixInput() {}

  static int reviewYear(Object value) {
    return Inputs.year("reviewYear", value);
  }

  /** An ISO date (YYYY-MM-DD); a java.util.Date is read as a day in New York. Null when absent. */
  static LocalDate optionalDate(String name, Object value) {
    return Inputs.optionalDate(name, value);
  }

  static LocalDate requiredDate(String name, Object value) {
    return Inputs.requiredDate(name, value);
  }

  /**
   * The States of a round: a JSON list ({@code ["FRA","DEU"]}) or a comma- or space-separated list
   * ({@code FRA, DEU}) of alpha-3 codes, in any case; duplicates dropped, order kept. Empty means
   * every Member State. Unknown codes are refused, all of them named at once.
   */
  static List<String> stateCodes(Object value, Collection<String> members) {
    List<String> codes = Inputs.stateCodes("stateCodes", value);
    if (codes.isEmpty()) {
      return List.copyOf(members);
    }
    List<String> unknown = codes.stream().filter(code -> !members.contains(code)).toList();
    if (!unknown.isEmpty()) {
      throw Refused.badRequest("stateCodes: " + String.join(", ", unknown)
          + (unknown.size() == 1 ? " is not" : " are not") + " among the 193 Member States (ISO 3166-1 alpha-3 codes)");
    }
    return codes;
  }

  static String json(List<String> codes) {
    return Inputs.json(codes);
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
    return Inputs.requiredUrl(name, value);
  }

  static boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && Boolean.parseBoolean(value.toString().strip());
  }
}

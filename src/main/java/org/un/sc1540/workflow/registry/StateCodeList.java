package org.un.sc1540.workflow.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Reads the {@code stateCodes} variable as the ways it arrives: a JSON list of strings (engine
 * REST: {@code "[\"FRA\",\"ESP\"]"} as a String variable, or a list from Java), or the
 * comma-separated text of the Tasklist start form ({@code "FRA, ESP"}). Codes are upper-cased,
 * duplicates dropped, order kept. Whether they are Member States is the caller's check.
 */
public final class StateCodeList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StateCodeList() {}

  /** The codes, or an empty list when the variable is absent or blank. */
  public static List<String> parse(Object value) {
    if (value == null) {
      return List.of();
    }
    List<String> raw = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      for (Object item : collection) {
        raw.add(item == null ? "" : item.toString());
      }
    } else if (value instanceof String text) {
      String trimmed = text.strip();
      if (trimmed.startsWith("[")) {
        raw.addAll(jsonList(trimmed));
      } else if (!trimmed.isEmpty()) {
        raw.addAll(List.of(trimmed.split("[,;\\s]+")));
      }
    } else {
      throw new BadUserRequestException("stateCodes must be a JSON list of ISO 3166-1 alpha-3 codes or a "
          + "comma-separated text such as \"FRA, ESP\", not a " + value.getClass().getSimpleName());
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : raw) {
      String normalized = code.strip().toUpperCase(Locale.ROOT);
      if (!normalized.isEmpty()) {
        codes.add(normalized);
      }
    }
    return List.copyOf(codes);
  }

  private static List<String> jsonList(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadUserRequestException("stateCodes is not a valid JSON list: " + e.getOriginalMessage());
    }
    List<String> codes = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new BadUserRequestException("stateCodes must list strings (alpha-3 codes such as \"FRA\"), not " + item);
      }
      codes.add(item.asText());
    }
    return codes;
  }
}

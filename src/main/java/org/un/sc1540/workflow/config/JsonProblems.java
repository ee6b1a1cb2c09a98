package org.un.sc1540.workflow.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** What Jackson found wrong with a request body, in words for the caller: no source dumps, no class names. */
final class JsonProblems {

  private JsonProblems() {}

  /** E.g. {@code Unexpected end-of-input within/between Object entries (line 1, column 43)}. */
  static String describe(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return clean(e.getOriginalMessage())
        + (location == null || location.getLineNr() < 0 ? ""
            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
  }

  /** Drops Jackson's "[Source: ...]" locations and shortens fully qualified class names to their simple names. */
  static String clean(String message) {
    if (message == null) {
      return "";
    }
    return message
        .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
        .replaceAll("\\s*at \\[Source:[^\\]]*\\][^\\n]*", "")
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*)", "$1")
        .strip();
  }
}

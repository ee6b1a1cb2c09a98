package org.un.sc1540.workflow.input;

import java.util.regex.Pattern;

/**
 * Engine and parser messages in plain words for people: without Camunda's {@code ENGINE-12345}
 * codes and the wrappers around a refusal ("There was an exception while invoking the
 * TaskListener. Message: '…'", "Cannot instantiate process definition …: "), without Jackson's
 * source locations and Java package names.
 */
public final class EngineMessages {

  private static final Pattern ENGINE_CODE = Pattern.compile("\\b[A-Z]+-\\d{5}\\s+");
  private static final Pattern WRAPPED = Pattern.compile(
      "^(?:.*?There was an exception while invoking the \\w+\\. Message: '(.*)'|Cannot (?:instantiate process definition|"
          + "submit task form|complete task|deliver message|correlate message)[^:]*: (.*))$", Pattern.DOTALL);

  private EngineMessages() {}

  public static String plain(String message) {
    if (message == null) {
      return "";
    }
    String text = message.strip();
    for (int i = 0; i < 3; i++) {
      text = ENGINE_CODE.matcher(text).replaceAll("");
      var wrapped = WRAPPED.matcher(text);
      if (!wrapped.matches()) {
        break;
      }
      text = (wrapped.group(1) != null ? wrapped.group(1) : wrapped.group(2)).strip();
    }
    return text;
  }

  /** Drops Jackson's "[Source: ...]" locations and shortens qualified class names to their simple names. */
  public static String plainJson(String message) {
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

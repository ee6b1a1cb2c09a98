package org.un.sc1540.workflow.notification;

import java.util.regex.Pattern;

/** Neutralizes header injection: a header value never carries a line break or control character. */
final class HeaderValues {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");
  static final int MAX_LENGTH = 300;

  private HeaderValues() {}

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String cleaned = CONTROL.matcher(value).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
  }
}

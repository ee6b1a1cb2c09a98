package org.un.sc1540.workflow.reporting;

/**
 * Data shown inside a Camunda Form's text component, made inert. Tasklist renders such text as
 * Markdown (GitHub's dialect, with bare addresses made links) and lets HTML links through, so a
 * contact imported as {@code <a href="https://evil.example">Mission</a>} or {@code [Mission](https://…)}
 * would show as a live link. Every ASCII punctuation character is escaped with a backslash, which
 * Markdown guarantees to show as the character itself: no tag, link, emphasis or address survives.
 */
final class FormText {

  private FormText() {}

  static String inert(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
        return;
      }
      if (c < 0x80 && isPunctuation(c)) {
        out.append('\\');
      }
      out.appendCodePoint(c);
    });
    return out.toString();
  }

  private static boolean isPunctuation(int c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }
}

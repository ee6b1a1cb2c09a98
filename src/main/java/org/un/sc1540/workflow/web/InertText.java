package org.un.sc1540.workflow.web;

/**
 * Text from data (a contact's name, a reference, a State's name) made inert for a Camunda Form's
 * text view, which renders its template as Markdown (with HTML and bare addresses made links): every
 * ASCII punctuation character is escaped with a backslash, which Markdown guarantees to show as the
 * character itself, so that {@code <a href=...>}, {@code [here](https://...)} or {@code **now**} in
 * a name shows as those characters and never becomes a tag, a link, an image or formatting. Line
 * breaks become spaces: the text stays inside the line of the template it is put in (block markup
 * such as {@code #} or {@code -} only acts at a line's start). The one escaper of the project's forms.
 */
public final class InertText {

  private InertText() {}

  /** The text made inert, or null for null. */
  public static String forMarkdown(String text) {
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

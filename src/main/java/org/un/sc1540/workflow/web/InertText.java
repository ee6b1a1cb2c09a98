package org.un.sc1540.workflow.web;

/**
 * Text from data (a contact's name, an organisation) made inert for a Camunda Form's text view,
 * which renders its template as Markdown and HTML: every character that Markdown or HTML reads as
 * markup is escaped, so that {@code <a href=...>} or {@code [here](https://...)} in a name shows as
 * those characters and never becomes a link, an image or formatting. Meant for text inside a
 * line of the template (block markup such as {@code #} or {@code -} only acts at a line's start).
 */
public final class InertText {

  /** What Markdown reads as inline markup (emphasis, code, links, images, tables, strike-through). */
  private static final String MARKDOWN = "\\`*_{}[]()!|~";

  private InertText() {}

  public static String forMarkdown(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (MARKDOWN.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}

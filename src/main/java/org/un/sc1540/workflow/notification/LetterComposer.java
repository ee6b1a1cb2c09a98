package org.un.sc1540.workflow.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Renders letters from the templates under {@code letters/<language>/}: one set per UN language,
 * each letter type a template that fills the language's note-verbale layout. The plain-text part
 * is derived from the HTML, so the two parts always say the same.
 */
@Component
public class LetterComposer {

  static final String TEMPLATE_ROOT = "letters/";
  private static final List<String> UNRESOLVED_MARKERS = List.of("??", "${", "#{", "[[", "th:");

  private final SpringTemplateEngine engine;
  private final NotificationProperties properties;

  LetterComposer(NotificationProperties properties) {
    this.properties = properties;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(TEMPLATE_ROOT);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
  }

  /** Template name of one letter type in one language, e.g. {@code fr/matrix-covering}. */
  static String templateName(UnLanguage language, LetterType type) {
    return language.code() + "/" + type.template();
  }

  public LetterContent compose(MemberState state, LetterType type, String symbol, LocalDate letterDate,
      Map<String, Object> parameters) {
    UnLanguage language = state.language();
    LetterDates dates = new LetterDates(language);
    Context context = new Context(language.locale());
    context.setVariable("state", state);
    context.setVariable("addressee", state.addressee());
    context.setVariable("symbol", symbol);
    context.setVariable("date", dates.format(letterDate));
    context.setVariable("dates", dates);
    context.setVariable("p", new HashMap<>(parameters));
    context.setVariable("replyTo", properties.replyTo());
    context.setVariable("sender", new LetterSender(properties.sender(), properties.chairGender(), language));
    FreeTextParts freeText = FreeTextParts.of(type, language, parameters);
    context.setVariable("freeText", freeText);
    context.setVariable("annexes", freeText.getAnnexes());
    String html = engine.process(templateName(language, type), context);
    Document document = Jsoup.parse(html);
    String subject = HeaderValues.clean(document.title());
    String text = plainText(document.body());
    List<String> problems = problems(language, subject, html, withoutGivenText(text, parameters));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Letter " + templateName(language, type) + " is not fit to send: "
          + String.join("; ", problems));
    }
    return new LetterContent(subject, html, text);
  }

  /** The letter's text without what the process handed over as text, which may contain anything ("??" too). */
  private static String withoutGivenText(String text, Map<String, Object> parameters) {
    String rest = text;
    for (Object value : parameters.values()) {
      if (value instanceof String given && !given.isBlank()) {
        // As the plain text has it: whitespace inside a paragraph folded.
        rest = rest.replace(given.replaceAll("\\s+", " ").strip(), " ");
      }
    }
    return rest;
  }

  private static List<String> problems(UnLanguage language, String subject, String html, String text) {
    List<String> problems = new ArrayList<>();
    if (subject == null || subject.isBlank()) {
      problems.add("no subject (<title>)");
    }
    if (text.isBlank()) {
      problems.add("empty body");
    }
    for (String marker : UNRESOLVED_MARKERS) {
      if (text.contains(marker) || (subject != null && subject.contains(marker))) {
        problems.add("unresolved placeholder '" + marker + "'");
      }
    }
    if (!html.contains("lang=\"" + language.code() + "\"")) {
      problems.add("layout does not declare lang=\"" + language.code() + "\"");
    }
    if (!html.contains(language.rightToLeft() ? "dir=\"rtl\"" : "dir=\"ltr\"")) {
      problems.add("layout does not declare dir=\"" + (language.rightToLeft() ? "rtl" : "ltr") + "\"");
    }
    return problems;
  }

  /** Paragraphs separated by blank lines, line breaks kept, whitespace inside a paragraph folded. */
  static String plainText(Element body) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          String text = textNode.text().replaceAll("\\s+", " ");
          if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            text = text.stripLeading();
          }
          out.append(text);
        } else if (node instanceof Element element && element.normalName().equals("br")) {
          trimTrailingSpace(out);
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock() && !element.normalName().equals("body")) {
          trimTrailingSpace(out);
          if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
          }
        }
      }
    }, body);
    return out.toString().strip() + "\n";
  }

  private static void trimTrailingSpace(StringBuilder out) {
    while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }
}

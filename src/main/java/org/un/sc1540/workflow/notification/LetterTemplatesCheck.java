package org.un.sc1540.workflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Stops the start-up when a letter lacks a template in any of the six languages, so that no State
 * ever receives an empty note or, by accident, a note in another language. The build renders every
 * template with sample values (LetterTemplatesTest); this check is cheap enough for every start.
 */
@Component
class LetterTemplatesCheck implements InitializingBean {

  @Override
  public void afterPropertiesSet() {
    List<String> missing = missingTemplates();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Letter templates missing: " + String.join(", ", missing)
          + " (each letter type needs one template per UN language under src/main/resources/letters/)");
    }
  }

  static List<String> missingTemplates() {
    List<String> missing = new ArrayList<>();
    for (UnLanguage language : UnLanguage.values()) {
      check(language.code() + "/layout", missing);
      for (LetterType type : LetterType.values()) {
        check(LetterComposer.templateName(language, type), missing);
      }
    }
    return missing;
  }

  private static void check(String template, List<String> missing) {
    if (!new ClassPathResource(LetterComposer.TEMPLATE_ROOT + template + ".html").exists()) {
      missing.add(template + ".html");
    }
  }
}

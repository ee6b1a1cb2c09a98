package org.un.sc1540.workflow.registry;

import java.util.Arrays;
import java.util.Locale;

/** The six official languages of the United Nations, in which a Permanent Mission corresponds. */
public enum UnLanguage {
  AR("ar"), ZH("zh"), EN("en"), FR("fr"), RU("ru"), ES("es");

  private final String code;

  UnLanguage(String code) {
    this.code = code;
  }

  /** ISO 639-1 code, as stored in the registry and used for template sets. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public boolean rightToLeft() {
    return this == AR;
  }

  public static UnLanguage of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "'" + code + "' is not a UN official language (ar, zh, en, fr, ru, es)"));
  }
}

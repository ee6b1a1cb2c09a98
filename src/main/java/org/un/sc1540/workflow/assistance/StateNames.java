package org.un.sc1540.workflow.assistance;

import java.util.Locale;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * A State's short name in a letter's language. The registry keeps the English name and the
 * addressee phrase of each State's own language; a letter to a provider about another State needs
 * that State's name in the provider's language, which the Java platform's locale data gives (CLDR).
 */
final class StateNames {

  private StateNames() {}

  static String in(MemberState state, UnLanguage language) {
    if (language == UnLanguage.EN) {
      return state.name();
    }
    String name = new Locale("", state.iso2()).getDisplayCountry(language.locale());
    return name == null || name.isBlank() || name.equals(state.iso2()) ? state.name() : name;
  }
}

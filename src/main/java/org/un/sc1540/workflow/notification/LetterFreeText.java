package org.un.sc1540.workflow.notification;

import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Decides where a person's own text goes in a letter to a State: in the body, or as an annex
 * marked, in the letter's language, as text provided in another language. The task listeners of
 * the forms that take such text call {@link #placement} when the task is completed and keep the
 * answer in the process variable {@code <field>Placement}, which the send task hands to the letter
 * as the input parameter of the same name ({@link #placementParameter}). A letter that gets no
 * placement (a send started around the form) is placed by {@link LetterComposer} with the same
 * detector, unconfirmed.
 *
 * <p>The rule: text that looks written in the letter's language goes in the body; text that does
 * not ({@link FreeTextLanguage}) becomes an annex, unless the person confirmed on the form that it
 * is written in the letter's language. A confirmation cannot make a text in another script part of
 * the letter (a Latin-script paragraph in a Chinese note): that completion is refused with the
 * reason, so the person either rewrites the text or lets it go as an annex.
 */
@Service
public class LetterFreeText {

  private final RegistryService registry;

  LetterFreeText(RegistryService registry) {
    this.registry = registry;
  }

  /** The letter parameter (and process variable) that carries a free-text field's placement. */
  public static String placementParameter(String field) {
    return field + "Placement";
  }

  /** The form field (and process variable) in which a person confirms the text's language. */
  public static String confirmationField(String field) {
    return field + "InLetterLanguage";
  }

  /**
   * Where {@code text}, entered in the form field {@code field}, goes in a letter to this State.
   *
   * @param confirmed the person's confirmation that the text is in the letter's language (Boolean,
   *     "true"/"false" or null)
   * @throws BadUserRequestException the person confirmed a text that is mostly in another script
   */
  public FreeTextPlacement placement(String stateCode, String field, Object text, Object confirmed) {
    if (text == null) {
      return FreeTextPlacement.INLINE;
    }
    if (!(text instanceof String written)) {
      throw new BadUserRequestException(field + " must be text");
    }
    return placement(registry.state(stateCode).language(), field, written, isTrue(confirmed));
  }

  static FreeTextPlacement placement(UnLanguage language, String field, String text, boolean confirmed) {
    FreeTextLanguage.Assessment assessment = FreeTextLanguage.assess(text, language);
    if (assessment.fits()) {
      return FreeTextPlacement.INLINE;
    }
    if (!confirmed) {
      return FreeTextPlacement.ANNEX;
    }
    if (assessment.wrongScript()) {
      throw new BadUserRequestException(field + ": you confirmed that the text is written in "
          + languageName(language) + ", the language of the letter, but " + assessment.reason()
          + ". Write it in " + languageName(language) + ", or leave the confirmation unticked: the text then goes"
          + " with the letter as an annex marked as text provided in another language.");
    }
    return FreeTextPlacement.INLINE;
  }

  /** The language of this State's letters as the forms show it, e.g. "French (fr)". */
  public String languageLabel(String stateCode) {
    UnLanguage language = registry.state(stateCode).language();
    return languageName(language) + " (" + language.code() + ")";
  }

  static String languageName(UnLanguage language) {
    return language.locale().getDisplayLanguage(Locale.ENGLISH);
  }

  private static boolean isTrue(Object value) {
    return value instanceof Boolean flag ? flag : value != null && "true".equalsIgnoreCase(value.toString().strip());
  }
}

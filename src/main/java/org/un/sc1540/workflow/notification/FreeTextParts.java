package org.un.sc1540.workflow.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * The free-text parameters of one letter and where each goes, for its templates
 * ({@code ${freeText.inline('changesSummary')}}, {@code ${freeText.annexed('changesSummary')}}) and
 * its layout, which renders {@link #getAnnexes()} after the place and date.
 */
public final class FreeTextParts {

  private final Map<String, FreeTextPlacement> placements;
  private final List<Annex> annexes;

  private FreeTextParts(Map<String, FreeTextPlacement> placements, List<Annex> annexes) {
    this.placements = placements;
    this.annexes = annexes;
  }

  /**
   * Places each free-text parameter the letter type declares: as its {@code <field>Placement}
   * parameter says, or, without one, by the detector alone (no one confirmed anything).
   */
  static FreeTextParts of(LetterType type, UnLanguage language, Map<String, Object> parameters) {
    Map<String, FreeTextPlacement> placements = new HashMap<>();
    List<Annex> annexes = new ArrayList<>();
    for (String field : type.freeTextParameters()) {
      if (!(parameters.get(field) instanceof String text) || text.isBlank()) {
        continue;
      }
      FreeTextLanguage.Assessment assessment = FreeTextLanguage.assess(text, language);
      Object given = parameters.get(LetterFreeText.placementParameter(field));
      FreeTextPlacement placement = given != null ? FreeTextPlacement.valueOf(given.toString())
          : assessment.fits() ? FreeTextPlacement.INLINE : FreeTextPlacement.ANNEX;
      placements.put(field, placement);
      if (placement == FreeTextPlacement.ANNEX) {
        UnLanguage source = assessment.fits() ? null : assessment.likelyLanguage();
        annexes.add(new Annex(field, text.strip(), source == null ? "" : source.code()));
      }
    }
    return new FreeTextParts(Map.copyOf(placements), List.copyOf(annexes));
  }

  /** The field has text, and it goes in the body. */
  public boolean inline(String field) {
    return placements.get(field) == FreeTextPlacement.INLINE;
  }

  /** The field has text, and it goes in an annex. */
  public boolean annexed(String field) {
    return placements.get(field) == FreeTextPlacement.ANNEX;
  }

  public List<Annex> getAnnexes() {
    return annexes;
  }

  /** One annex: the person's text as written, and the code of the language it seems to be in ("" if unknown). */
  public static final class Annex {

    private final String field;
    private final String text;
    private final String language;

    Annex(String field, String text, String language) {
      this.field = field;
      this.text = text;
      this.language = language;
    }

    public String getField() {
      return field;
    }

    public String getText() {
      return text;
    }

    public String getLanguage() {
      return language;
    }
  }
}

package org.un.sc1540.workflow.assistance;

/**
 * The five regional groups of Member States at the United Nations: the regions a provider may limit
 * its assistance to (regional approaches, PoW §9(g)), and the region of a requesting State.
 */
public enum RegionalGroup {
  AFRICAN("African States"),
  ASIA_PACIFIC("Asia-Pacific States"),
  EASTERN_EUROPEAN("Eastern European States"),
  LATIN_AMERICAN_CARIBBEAN("Latin American and Caribbean States"),
  WESTERN_EUROPEAN_OTHERS("Western European and other States");

  private final String label;

  RegionalGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

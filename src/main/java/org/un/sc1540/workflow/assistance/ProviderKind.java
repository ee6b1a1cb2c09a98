package org.un.sc1540.workflow.assistance;

/** Who offers assistance (PoW §9(a)): a Member State, an international, regional or subregional organization, or another provider. */
public enum ProviderKind {
  STATE, ORGANIZATION, OTHER
}

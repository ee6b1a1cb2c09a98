package org.un.sc1540.workflow.registry;

/** What an organization is for the Committee (2663 §23 names all three). */
public enum OrganizationKind {
  INTERNATIONAL, REGIONAL, SUBREGIONAL
}

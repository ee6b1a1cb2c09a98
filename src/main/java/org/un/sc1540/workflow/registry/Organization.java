package org.un.sc1540.workflow.registry;

/**
 * An international, regional or subregional organization the Committee corresponds with: its
 * address for letters and the language it is written to in. {@code id} is what other registers
 * (assistance providers) refer to; {@code acronym} is what a contacts file names it by.
 */
public record Organization(long id, String acronym, String name, OrganizationKind kind, UnLanguage language,
    String email, boolean demo) {}

package org.un.sc1540.workflow.registry;

/** A Member State of the United Nations, keyed by its ISO 3166-1 alpha-3 code. */
public record MemberState(String code, String iso2, String name, UnLanguage language) {}

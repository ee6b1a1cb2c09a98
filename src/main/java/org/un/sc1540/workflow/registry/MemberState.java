package org.un.sc1540.workflow.registry;

/**
 * A Member State of the United Nations, keyed by its ISO 3166-1 alpha-3 code.
 *
 * @param addressee how a note verbale in the State's language names its Permanent Mission, in the
 *     form the compliments formula takes (e.g. "the Permanent Mission of France to the United Nations")
 */
public record MemberState(String code, String iso2, String name, UnLanguage language, String addressee) {}

package org.un.sc1540.workflow.notification;

import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Whom a letter goes to when it is not a State's Permanent Mission: an organization or another
 * assistance provider, whose address and language its own feature keeps. The letter still concerns
 * a State (the register files it under that State) and keeps the note-verbale form.
 *
 * @param name the addressee's name for the e-mail header
 * @param phrase how the compliments formula names it, in {@code language} ("the International Atomic Energy Agency")
 */
public record Addressee(String name, String email, UnLanguage language, String phrase) {}

package org.un.sc1540.workflow.notification;

/** A rendered letter: its subject and the two MIME parts. */
public record LetterContent(String subject, String html, String text) {}

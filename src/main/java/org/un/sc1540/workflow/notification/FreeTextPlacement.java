package org.un.sc1540.workflow.notification;

/** Where a person's own text goes in a letter. */
public enum FreeTextPlacement {
  /** In the body, as written: it is in the letter's language. */
  INLINE,
  /** After the letter, under a heading that says, in the letter's language, which language it is in. */
  ANNEX
}

package org.un.sc1540.workflow.notification;

import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Who a letter says writes it, as its templates need it ({@code ${sender}}): the layouts choose
 * the compliments and closing formulas by {@link #isCommittee()} and {@link #isFeminine()}, and
 * Arabic openings conjugate their first verb by {@link #isFeminine()} ("تشير" / "يشير").
 *
 * <p>{@link #isFeminine()} is the grammatical gender of the writer in the letter's language: for
 * the Committee it is that of the word "Committee" (feminine only in Arabic, اللجنة); for the
 * Chair it is the Chair's, as configured. Russian and Chinese use one form for a Chair of either
 * gender (Председатель, 主席).
 */
public final class LetterSender {

  private final NotificationProperties.Sender sender;
  private final boolean feminine;

  LetterSender(NotificationProperties.Sender sender, NotificationProperties.ChairGender chairGender,
      UnLanguage language) {
    this.sender = sender;
    this.feminine = sender == NotificationProperties.Sender.CHAIR
        ? chairGender == NotificationProperties.ChairGender.FEMININE
        : language == UnLanguage.AR;
  }

  public boolean isCommittee() {
    return sender == NotificationProperties.Sender.COMMITTEE;
  }

  public boolean isChair() {
    return sender == NotificationProperties.Sender.CHAIR;
  }

  public boolean isFeminine() {
    return feminine;
  }

  /** One of two word forms, e.g. {@code ${sender.form('تشير', 'يشير')}} in an Arabic opening. */
  public String form(String feminineForm, String masculineForm) {
    return feminine ? feminineForm : masculineForm;
  }
}

package org.un.sc1540.workflow.routine;

/** Ids and variable names of RoutineLettersProcess (Annex II, March; docs/routine-letters.md). */
public final class RoutineLettersProcess {

  public static final String KEY = "RoutineLettersProcess";

  public static final String START = "StartEvent_RoutineLettersRequested";
  public static final String TASK_SELECT = "Task_SelectAddressees";
  public static final String TASK_REMIND_NON_REPORTING = "Task_RemindNonReportingStates";
  public static final String SUBPROCESS_LETTER_TYPE = "SubProcess_LetterType";
  public static final String TASK_REVIEW = "Task_ReviewLetters";
  public static final String TASK_SEND = "Task_SendRoutineLetter";

  // Process
  public static final String YEAR = "year";
  /** Local to one letter type's instance: the type's name (a LetterType). */
  public static final String LETTER_TYPE = "routineLetterType";
  /** Local to one letter's instance: the addressee row's id in routine_letter_addressee. */
  public static final String ADDRESSEE_ID = "addresseeId";
  // Form of the review task (shown)
  public static final String TYPE_LABEL = "letterTypeLabel";
  public static final String ADDRESSEE_LIST = "addresseeList";
  // Form of the review task (submitted)
  public static final String EXCLUSIONS = "exclusions";
  public static final String ADDITIONS = "additions";
  public static final String ADDITIONAL_PARAGRAPH = "additionalParagraph";

  // RecordPocConfirmationProcess: a reply to the letters, recorded from Tasklist
  public static final String REPLY_KEY = "RecordPocConfirmationProcess";
  public static final String REPLY_STATE_CODE = "stateCode";
  public static final String REPLY_ORGANIZATION = "organization";
  public static final String REPLY_CONFIRMED_ON = "confirmedOn";
  /** How many points of contact the reply confirmed. */
  public static final String REPLY_CONFIRMED = "pointsOfContactConfirmed";

  private RoutineLettersProcess() {}

  public static String businessKey(int year) {
    return "ROUTINE-" + year;
  }
}

package org.un.sc1540.workflow.reporting;

/** Ids and variable names of FirstReportReminderProcess: one reminder cycle for one State. */
public final class FirstReportReminderProcess {

  public static final String KEY = "FirstReportReminderProcess";

  /** The message a State's first national report arrives as; correlated by {@link #STATE_CODE}. */
  public static final String MESSAGE_REPORT_RECEIVED = "NationalReportReceived";
  /** BPMN error of the send guard: the registry already holds the State's first report. */
  public static final String ERROR_REPORT_ALREADY_RECORDED = "FIRST_REPORT_ALREADY_RECORDED";

  // Activities
  public static final String TASK_OPEN_CYCLE = "Task_OpenCycle";
  public static final String TASK_REVIEW_NOTE = "Task_ReviewNote";
  public static final String TASK_SEND_NOTE = "Task_SendNoteVerbale";
  public static final String TASK_RECORD_NOTE_SENT = "Task_RecordNoteSent";
  public static final String TASK_FIX_ADDRESS = "Task_FixMissionAddress";
  public static final String TIMER_REMINDER_DUE = "TimerEvent_ReminderDue";
  public static final String TIMER_HOLD_OVER = "TimerEvent_HoldOver";
  public static final String TASK_RECORD_ESCALATION = "Task_RecordEscalation";
  public static final String TASK_ARRANGE_MEETING = "Task_ArrangeGeneralAssemblyMeeting";
  public static final String TASK_OFFER_ASSISTANCE = "Task_OfferAssistance";
  public static final String END_MEETING_OUTCOME_RECORDED = "EndEvent_MeetingOutcomeRecorded";
  public static final String END_ASSISTANCE_OUTCOME_RECORDED = "EndEvent_AssistanceOutcomeRecorded";
  public static final String END_REPORT_ALREADY_RECORDED = "EndEvent_ReportAlreadyRecorded";
  public static final String SUBPROCESS_OUTREACH = "SubProcess_Outreach";
  public static final String BOUNDARY_REPORT_RECEIVED = "BoundaryEvent_ReportReceived";
  public static final String BOUNDARY_REPORT_ALREADY_RECORDED = "BoundaryEvent_ReportAlreadyRecorded";
  public static final String TASK_RECORD_FIRST_REPORT = "Task_RecordFirstReport";
  public static final String TASK_CLOSE_CYCLE = "Task_CloseCycle";
  public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String TASK_FIX_ADDRESS_FOR_ACKNOWLEDGEMENT = "Task_FixMissionAddressForAcknowledgement";
  public static final String END_REPORT_ACKNOWLEDGED = "EndEvent_ReportAcknowledged";

  // Variables
  public static final String STATE_CODE = "stateCode";
  public static final String CAMPAIGN_YEAR = "campaignYear";
  public static final String NOTES_SENT = "notesSent";
  public static final String LAST_NOTE_SYMBOL = "lastNoteSymbol";
  public static final String ESCALATED = "escalated";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String DECISION_SEND = "send";
  public static final String DECISION_HOLD = "hold";
  public static final String ADDITIONAL_PARAGRAPH = "additionalParagraph";
  /** The reviewer's confirmation that the paragraph is written in the note's language (LetterFreeText). */
  public static final String ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE = "additionalParagraphInLetterLanguage";
  /** INLINE or ANNEX: where the paragraph goes in the note (LetterFreeText), handed to the letter. */
  public static final String ADDITIONAL_PARAGRAPH_PLACEMENT = "additionalParagraphPlacement";
  public static final String MENTION_ASSISTANCE = "mentionAssistance";
  public static final String HOLD_REASON = "holdReason";
  public static final String HOLDS = "holds";
  public static final String MEETING_OUTCOME = "meetingOutcome";
  public static final String MEETING_NOTES = "meetingNotes";
  public static final String ASSISTANCE_OUTCOME = "assistanceOutcome";
  public static final String ASSISTANCE_NOTES = "assistanceNotes";
  public static final String REPORT_RECEIVED_ON = "reportReceivedOn";
  public static final String REPORT_REFERENCE = "reportReference";
  public static final String FIRST_REPORT_ON = "firstReportOn";
  public static final String UNDELIVERABLE_REASON = "undeliverableReason";
  /** The secretariat's confirmation on "Complete the Mission's address"; the retry checks the registry itself. */
  public static final String MISSION_ADDRESS_IMPORTED = "missionAddressImported";

  // Shown on the review form; recomputed each time the task is created.
  public static final String STATE_NAME = "stateName";
  public static final String STATE_LANGUAGE = "stateLanguage";
  public static final String MISSION_ADDRESS = "missionAddress";
  public static final String POC_ADDRESSES = "pocAddresses";
  public static final String NOTE_HISTORY = "noteHistory";
  public static final String REMINDERS_SO_FAR = "remindersSoFar";

  private FirstReportReminderProcess() {}
}

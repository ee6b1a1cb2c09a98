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
  public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
  public static final String GATEWAY_ESCALATE = "Gateway_Escalate";
  public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String TASK_FIX_ADDRESS_FOR_ACKNOWLEDGEMENT = "Task_FixMissionAddressForAcknowledgement";
  public static final String END_REPORT_ACKNOWLEDGED = "EndEvent_ReportAcknowledged";

  // The one process variable: the State's ISO 3166-1 alpha-3 code (also the business key).
  public static final String STATE_CODE = "stateCode";
  /** Start variable from the campaign; kept in the cycle register, not in the process. */
  public static final String CAMPAIGN_YEAR = "campaignYear";

  // The message's payload, recorded by its first step and not kept in the process.
  public static final String REPORT_RECEIVED_ON = "reportReceivedOn";
  public static final String REPORT_REFERENCE = "reportReference";

  // Form fields of "Review the note" (task input parameters; what Tasklist submits lands there).
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
  // Form fields of the escalation tasks.
  public static final String MEETING_OUTCOME = "meetingOutcome";
  public static final String MEETING_NOTES = "meetingNotes";
  public static final String ASSISTANCE_OUTCOME = "assistanceOutcome";
  public static final String ASSISTANCE_NOTES = "assistanceNotes";
  /** The secretariat's confirmation on "Complete the Mission's address". */
  public static final String MISSION_ADDRESS_IMPORTED = "missionAddressImported";

  // Shown on the forms: task input parameters computed from the tables when the task is created.
  public static final String STATE_NAME = "stateName";
  public static final String STATE_LANGUAGE = "stateLanguage";
  public static final String MISSION_ADDRESS = "missionAddress";
  public static final String POC_ADDRESSES = "pocAddresses";
  public static final String NOTE_HISTORY = "noteHistory";
  public static final String REMINDERS_SO_FAR = "remindersSoFar";
  public static final String UNDELIVERABLE_REASON = "undeliverableReason";

  private FirstReportReminderProcess() {}
}

package org.un.sc1540.workflow.assistance;

/** Ids and variable names of AssistanceRequestProcess: one request for assistance, from receipt to closure. */
public final class AssistanceRequestProcess {

  public static final String KEY = "AssistanceRequestProcess";
  public static final String BUSINESS_KEY_PREFIX = "ASSIST-";

  // Messages from outside, each the only subscription to its name in an instance (event sub-processes).
  /** A provider answers a circulated request; carries {@link #OFFER_ID}. */
  public static final String MESSAGE_OFFER_RECEIVED = "AssistanceOfferReceived";
  /** The assistance was delivered; carries {@link #DELIVERED_ON} and {@link #DELIVERY_SUMMARY}. */
  public static final String MESSAGE_DELIVERED = "AssistanceDelivered";
  /** Feedback from the requesting State or the provider; carries {@link #FEEDBACK_FROM}, {@link #FEEDBACK_RECEIVED_ON}, {@link #FEEDBACK_SUMMARY}. */
  public static final String MESSAGE_FEEDBACK_RECEIVED = "AssistanceFeedbackReceived";

  // Activities
  public static final String START = "StartEvent_RequestRegistered";
  public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String TASK_FIX_ADDRESS_FOR_ACKNOWLEDGEMENT = "Task_FixAddressForAcknowledgement";
  public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
  public static final String TASK_SEND_CLARIFICATION_REQUEST = "Task_SendClarificationRequest";
  public static final String TASK_FIX_ADDRESS_FOR_CLARIFICATION = "Task_FixAddressForClarification";
  public static final String TASK_RECORD_CLARIFICATION = "Task_RecordClarification";
  public static final String BOUNDARY_CLARIFICATION_DUE = "BoundaryEvent_ClarificationDue";
  public static final String TASK_SEND_CLARIFICATION_REMINDER = "Task_SendClarificationReminder";
  public static final String TASK_RECORD_CONSENT = "Task_RecordConsent";
  public static final String TASK_REVIEW_CIRCULATION = "Task_ReviewCirculation";
  public static final String TASK_CIRCULATE_REQUEST = "Task_CirculateRequest";
  public static final String SUBPROCESS_SEEK_PROVIDER = "SubProcess_SeekProvider";
  public static final String EVENT_OFFER_TO_CONSIDER = "Event_OfferToConsider";
  public static final String EVENT_UNMATCHED_TOO_LONG = "Event_UnmatchedTooLong";
  public static final String BOUNDARY_OFFERS_DEADLINE = "BoundaryEvent_OffersDeadline";
  public static final String TASK_SEND_CIRCULATION_REMINDER = "Task_SendCirculationReminder";
  public static final String TASK_RECORD_MATCH = "Task_RecordMatch";
  public static final String TASK_DECIDE_UNMATCHED = "Task_DecideUnmatched";
  public static final String EVENT_ASSISTANCE_DELIVERED = "Event_AssistanceDelivered";
  public static final String EVENT_FOLLOW_UP_DUE = "Event_FollowUpDue";
  public static final String TASK_SEND_FOLLOW_UP = "Task_SendFollowUp";
  public static final String TASK_FIX_ADDRESS_FOR_FOLLOW_UP = "Task_FixAddressForFollowUp";
  public static final String TASK_SEND_FEEDBACK_REQUESTS = "Task_SendFeedbackRequests";
  public static final String TASK_FIX_ADDRESS_FOR_FEEDBACK = "Task_FixAddressForFeedback";
  public static final String EVENT_FEEDBACK_FROM_BOTH = "Event_FeedbackFromBoth";
  public static final String EVENT_FEEDBACK_DUE = "Event_FeedbackDue";
  public static final String TASK_CLOSE_REQUEST = "Task_CloseRequest";
  public static final String END_REQUEST_CLOSED = "EndEvent_RequestClosed";
  public static final String END_CLOSED_UNMATCHED = "EndEvent_RequestClosedUnmatched";
  public static final String TASK_RECORD_OFFER = "Task_RecordOffer";
  public static final String TASK_RECORD_DELIVERY = "Task_RecordDelivery";
  public static final String TASK_RECORD_FEEDBACK = "Task_RecordFeedback";

  // Variables: the keys, and the flags its gateways read
  public static final String REQUEST_ID = "requestId";
  public static final String STATE_CODE = "stateCode";
  /** Counts the replies recorded, so that the conditional events look at the register again. */
  public static final String REPLIES_RECORDED = "repliesRecorded";
  public static final String CLARIFICATION_REQUESTED = "clarificationRequested";
  public static final String MATCH_RECORDED = "matchRecorded";
  public static final String CLOSE_UNMATCHED = "closeUnmatched";

  // Message payloads
  public static final String OFFER_ID = "offerId";
  public static final String DELIVERED_ON = "deliveredOn";
  public static final String DELIVERY_SUMMARY = "deliverySummary";
  public static final String FEEDBACK_FROM = "feedbackFrom";
  public static final String FEEDBACK_RECEIVED_ON = "feedbackReceivedOn";
  public static final String FEEDBACK_SUMMARY = "feedbackSummary";

  // Form fields (each a task's input parameter)
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String DECISION_CIRCULATE = "CIRCULATE";
  public static final String DECISION_CLARIFY = "CLARIFY";
  public static final String CLARIFICATION_QUESTIONS = "clarificationQuestions";
  public static final String CLARIFICATION_DUE_ON = "clarificationDueOn";
  public static final String REVIEW_NOTES = "reviewNotes";
  public static final String CLARIFICATION_OUTCOME = "clarificationOutcome";
  public static final String CLARIFICATION_RECEIVED_ON = "clarificationReceivedOn";
  public static final String CLARIFICATION_SUMMARY = "clarificationSummary";
  public static final String CONSENT_DECISION = "consentDecision";
  public static final String CONSENT_ON = "consentOn";
  public static final String EXCLUDED_PROVIDERS = "excludedProviders";
  public static final String ADDED_PROVIDERS = "addedProviders";
  public static final String MATCH_DECISION = "matchDecision";
  public static final String DECISION_MATCH = "MATCH";
  public static final String DECISION_KEEP_SEEKING = "KEEP_SEEKING";
  public static final String DECISION_CLOSE = "CLOSE";
  public static final String MATCHED_OFFER = "matchedOffer";
  public static final String MATCH_NOTES = "matchNotes";
  public static final String UNMATCHED_DECISION = "unmatchedDecision";
  public static final String RAISED_AT = "raisedAt";
  public static final String KEEP_SEEKING_UNTIL = "keepSeekingUntil";
  public static final String UNMATCHED_NOTES = "unmatchedNotes";
  public static final String OUTCOME = "outcome";
  public static final String OUTCOME_NOTES = "outcomeNotes";
  public static final String MISSION_ADDRESS_IMPORTED = "missionAddressImported";

  // Shown on forms, computed from the register when the task is created
  public static final String REQUEST_SUMMARY = "requestSummary";
  public static final String CLARIFICATION_TEXT = "clarificationText";
  public static final String CIRCULATION_LIST = "circulationList";
  public static final String OFFER_LIST = "offerList";
  public static final String CASE_HISTORY = "caseHistory";

  private AssistanceRequestProcess() {}

  public static String businessKey(String stateCode, int year, int number) {
    return BUSINESS_KEY_PREFIX + stateCode + "-" + year + "-" + number;
  }
}

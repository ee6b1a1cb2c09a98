package org.un.sc1540.workflow.faults;

import java.util.Map;
import org.un.sc1540.workflow.notification.SendLetterDelegate;

/**
 * Ids and variables of the fault tests' own model, {@code faults/DispatchTestProcess.bpmn}: one
 * acknowledgement (REPORT_ACKNOWLEDGEMENT) to one State through the notification service's
 * asynchronous send task, as every process of the application sends its letters.
 */
final class DispatchTestProcess {

  static final String KEY = "DispatchTestProcess";
  static final String RESOURCE = "faults/DispatchTestProcess.bpmn";
  static final String FILE_NAME = "DispatchTestProcess.bpmn";

  static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  static final String END_LETTER_SENT = "EndEvent_LetterSent";
  static final String END_LETTER_NOT_SENT = "EndEvent_LetterNotSent";

  static final String STATE_CODE = SendLetterDelegate.STATE_CODE;
  static final String REPORT_RECEIVED_ON = "reportReceivedOn";
  /** The date the acknowledgement cites; any past day will do. */
  static final String REPORT_DATE = "2026-04-14";

  /**
   * Every State has the demonstration Mission (To) and point of contact (Cc): an SMTP server keeps
   * one copy of a letter per envelope recipient.
   */
  static final int COPIES_PER_LETTER = 2;

  private DispatchTestProcess() {}

  static Map<String, Object> variables(String stateCode) {
    return Map.of(STATE_CODE, stateCode, REPORT_RECEIVED_ON, REPORT_DATE);
  }

  /** The demonstration Mission address the default run gives every State: the letter's To. */
  static String missionAddress(String stateCode) {
    return "mission." + stateCode.toLowerCase(java.util.Locale.ROOT) + "@example.org";
  }

  /** A business key for a run of a fault test, e.g. {@code OUTAGE-FRA}. */
  static String businessKey(String run, String stateCode) {
    return run + "-" + stateCode;
  }
}

package org.un.sc1540.workflow.assistance;

/** Ids and variable names of RecordAssistanceRequestProcess: the Tasklist start form that registers a request. */
public final class RecordAssistanceRequestProcess {

  public static final String KEY = "RecordAssistanceRequestProcess";
  public static final String TASK_REGISTER = "Task_RegisterRequest";

  // Start form fields (the areas are one checkbox each: AssistanceArea.formField())
  public static final String STATE_CODE = "stateCode";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String DESCRIPTION = "description";
  public static final String USES_TEMPLATE = "usesTemplate";
  public static final String CONFIDENTIAL = "confidential";
  public static final String CONSENT_TO_CIRCULATE = "consentToCirculate";
  public static final String STATE_REFERENCE = "stateReference";

  // Set by the registration: where the request went
  public static final String REQUEST_BUSINESS_KEY = "requestBusinessKey";

  private RecordAssistanceRequestProcess() {}
}

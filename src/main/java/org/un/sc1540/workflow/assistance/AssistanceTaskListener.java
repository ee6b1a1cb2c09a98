package org.un.sc1540.workflow.assistance;

import static org.un.sc1540.workflow.assistance.AssistanceRequestProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.input.Vars;

/**
 * The request's user tasks. On create: the task's name says whose request it is ("Review the
 * request — Mali (MLI), ASSIST-MLI-2027-1"). On complete: the submitted fields, read with
 * {@link Vars}, go to the one service method of that step, which decides who may and records it.
 */
@Component
public class AssistanceTaskListener implements TaskListener {

  private final AssistanceRequests requests;
  private final AssistanceForms forms;

  AssistanceTaskListener(AssistanceRequests requests, AssistanceForms forms) {
    this.requests = requests;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = AssistanceFlow.requestId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(task.getName() + " — " + forms.subject(requests.request(id)));
      if (TASK_DECIDE_UNMATCHED.equals(task.getTaskDefinitionKey())) {
        requests.escalated(id);
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    Vars vars = Vars.of(task);
    switch (task.getTaskDefinitionKey()) {
      case TASK_REVIEW_REQUEST -> requests.recordReview(id, vars.text(REVIEW_DECISION, 20),
          vars.optionalText(CLARIFICATION_QUESTIONS, AssistanceRequests.MAX_TEXT), vars.optionalDate(CLARIFICATION_DUE_ON),
          vars.optionalText(REVIEW_NOTES, AssistanceRequests.MAX_TEXT));
      case TASK_RECORD_CLARIFICATION -> requests.recordClarification(id,
          "ANSWERED".equals(vars.text(CLARIFICATION_OUTCOME, 20)), vars.optionalDate(CLARIFICATION_RECEIVED_ON),
          vars.optionalText(CLARIFICATION_SUMMARY, AssistanceRequests.MAX_TEXT));
      case TASK_RECORD_CONSENT -> requests.recordConsent(id, vars.choice(CONSENT_DECISION, Consent.class),
          vars.optionalDate(CONSENT_ON));
      case TASK_REVIEW_CIRCULATION -> requests.decideCirculation(id, providerIds(EXCLUDED_PROVIDERS,
          vars.raw(EXCLUDED_PROVIDERS)), providerIds(ADDED_PROVIDERS, vars.raw(ADDED_PROVIDERS)));
      case TASK_RECORD_MATCH -> requests.recordMatch(id, DECISION_MATCH.equals(vars.text(MATCH_DECISION, 20)),
          Inputs.optionalWholeNumber(MATCHED_OFFER, vars.raw(MATCHED_OFFER)),
          vars.optionalText(MATCH_NOTES, AssistanceRequests.MAX_TEXT));
      case TASK_DECIDE_UNMATCHED -> requests.decideUnmatched(id, DECISION_CLOSE.equals(vars.text(UNMATCHED_DECISION, 20)),
          vars.optionalText(RAISED_AT, 30), vars.optionalDate(KEEP_SEEKING_UNTIL),
          vars.optionalText(UNMATCHED_NOTES, AssistanceRequests.MAX_TEXT));
      case TASK_CLOSE_REQUEST -> requests.close(id, vars.choice(OUTCOME, Outcome.class),
          vars.optionalText(OUTCOME_NOTES, AssistanceRequests.MAX_TEXT));
      default -> { }
    }
  }

  /** Provider numbers as a Tasklist field gives them: "12, 15" (commas, semicolons or spaces). */
  static List<Long> providerIds(String name, Object value) {
    List<Long> ids = new ArrayList<>();
    if (Inputs.isBlank(value)) {
      return ids;
    }
    for (String item : value.toString().strip().split("[,;\\s]+")) {
      try {
        ids.add(Long.parseLong(item));
      } catch (NumberFormatException e) {
        throw Refused.badRequest(name + ": '" + item + "' is not a provider number (such as 12)");
      }
    }
    return ids;
  }
}

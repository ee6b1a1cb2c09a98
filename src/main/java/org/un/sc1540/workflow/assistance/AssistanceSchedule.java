package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * The request's timers and due dates as instants at the end of their day in New York, computed
 * from the register when the wait begins ({@code ${assistanceSchedule.escalationAt(execution)}}).
 */
@Component
public class AssistanceSchedule {

  private final AssistanceRequests requests;
  private final AssistanceProperties properties;
  private final CommitteeClock clock;

  AssistanceSchedule(AssistanceRequests requests, AssistanceProperties properties, CommitteeClock clock) {
    this.requests = requests;
    this.properties = properties;
    this.clock = clock;
  }

  static Date endOf(LocalDate day) {
    return Date.from(CommitteeClock.endOfDay(day).toInstant());
  }

  /** Due date of a person's task: {@code task-time} from today. */
  public Date taskDue() {
    return endOf(clock.today().plus(properties.taskTime()));
  }

  /** The day the latest clarification is due. */
  public Date clarificationDueAt(VariableScope scope) {
    long id = AssistanceFlow.requestId(scope);
    return requests.clarifications(id).stream().reduce((a, b) -> b).map(c -> endOf(c.dueOn()))
        .orElseGet(this::taskDue);
  }

  /** The providers' deadline; for a request never circulated (consent refused) the escalation day. */
  public Date offersDueAt(VariableScope scope) {
    AssistanceRequest request = requests.request(AssistanceFlow.requestId(scope));
    return endOf(request.offersDueOn() != null ? request.offersDueOn() : escalationDay(request));
  }

  /** When the request, still unmatched, goes to the coordinators. */
  public Date escalationAt(VariableScope scope) {
    return endOf(escalationDay(requests.request(AssistanceFlow.requestId(scope))));
  }

  private LocalDate escalationDay(AssistanceRequest request) {
    return request.escalateOn() != null ? request.escalateOn()
        : clock.today().plus(properties.escalateUnmatchedAfter());
  }

  /** The next follow-up: {@code follow-up-cadence} after the last one, or after the match. */
  public Date nextFollowUpAt(VariableScope scope) {
    AssistanceRequest request = requests.request(AssistanceFlow.requestId(scope));
    LocalDate from = request.lastFollowUpOn() != null ? request.lastFollowUpOn()
        : request.matchedOn() != null ? request.matchedOn() : clock.today();
    return endOf(from.plus(properties.followUpCadence()));
  }

  public Date feedbackDueAt(VariableScope scope) {
    AssistanceRequest request = requests.request(AssistanceFlow.requestId(scope));
    return endOf(request.feedbackDueOn() != null ? request.feedbackDueOn()
        : clock.today().plus(properties.feedbackPeriod()));
  }
}

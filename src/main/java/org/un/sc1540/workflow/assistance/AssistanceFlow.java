package org.un.sc1540.workflow.assistance;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;

/**
 * What the request's gateways, conditional events and candidate groups ask, answered from the
 * register: the process keeps only the request's id ({@code ${assistanceFlow.delivered(execution)}}).
 */
@Component
public class AssistanceFlow {

  private final AssistanceRequests requests;

  AssistanceFlow(AssistanceRequests requests) {
    this.requests = requests;
  }

  static long requestId(VariableScope scope) {
    Long id = Inputs.optionalWholeNumber(AssistanceRequestProcess.REQUEST_ID,
        scope.getVariable(AssistanceRequestProcess.REQUEST_ID));
    if (id == null) {
      throw new IllegalStateException("The instance has no " + AssistanceRequestProcess.REQUEST_ID);
    }
    return id;
  }

  /** GIVEN, REFUSED or PENDING. */
  public String consent(VariableScope scope) {
    return requests.request(requestId(scope)).consent().name();
  }

  /** An offer answers the request that the experts have not yet weighed. */
  public boolean offerToConsider(VariableScope scope) {
    return requests.offerToConsider(requestId(scope));
  }

  public boolean matched(VariableScope scope) {
    return requests.request(requestId(scope)).matched();
  }

  public boolean delivered(VariableScope scope) {
    return requests.request(requestId(scope)).deliveredOn() != null;
  }

  public boolean feedbackFromBoth(VariableScope scope) {
    long id = requestId(scope);
    return requests.feedbackFrom(id, Party.REQUESTER) && requests.feedbackFrom(id, Party.PROVIDER);
  }

  /** The group that records what arrives: the secretariat, or the experts for a confidential request. */
  public String recordingGroup(VariableScope scope) {
    return AssistanceRequests.recordingGroup(requests.request(requestId(scope)));
  }
}

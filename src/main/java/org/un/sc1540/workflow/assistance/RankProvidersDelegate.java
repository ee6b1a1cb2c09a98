package org.un.sc1540.workflow.assistance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the providers whose offers match the request, for the experts to review before circulation. */
@Component
public class RankProvidersDelegate implements JavaDelegate {

  private final AssistanceRequests requests;

  RankProvidersDelegate(AssistanceRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.proposeCirculation(AssistanceFlow.requestId(execution));
  }
}

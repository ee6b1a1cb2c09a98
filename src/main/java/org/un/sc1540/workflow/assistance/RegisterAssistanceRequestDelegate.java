package org.un.sc1540.workflow.assistance;

import static org.un.sc1540.workflow.assistance.RecordAssistanceRequestProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Vars;

/** The step of "Record a request for assistance": the start form's fields to the register and a new AssistanceRequestProcess. */
@Component
public class RegisterAssistanceRequestDelegate implements JavaDelegate {

  private final AssistanceRequests requests;

  RegisterAssistanceRequestDelegate(AssistanceRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    List<String> areas = new ArrayList<>();
    for (AssistanceArea area : AssistanceArea.values()) {
      if (Inputs.flag(area.formField(), vars.raw(area.formField()))) {
        areas.add(area.name());
      }
    }
    NewRequest request = NewRequest.parse(vars.raw(STATE_CODE), vars.raw(RECEIVED_ON), areas, vars.raw(DESCRIPTION),
        vars.raw(USES_TEMPLATE), vars.raw(CONFIDENTIAL), vars.raw(CONSENT_TO_CIRCULATE), vars.raw(STATE_REFERENCE));
    AssistanceRequests.Registered registered = requests.register(request);
    execution.setVariable(REQUEST_BUSINESS_KEY, registered.businessKey());
  }
}

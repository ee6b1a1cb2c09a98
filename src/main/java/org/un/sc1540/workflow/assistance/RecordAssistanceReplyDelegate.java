package org.un.sc1540.workflow.assistance;

import static org.un.sc1540.workflow.assistance.AssistanceRequestProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.input.Vars;

/**
 * The step of each message sub-process: an offer, a delivery or feedback arrives, whenever in the
 * request's life. The payload goes to the register (by the service, which checks who sent it) and
 * out of the process; a counter tells the conditional events to look at the register again.
 */
@Component
public class RecordAssistanceReplyDelegate implements JavaDelegate {

  private static final List<String> PAYLOAD = List.of(OFFER_ID, DELIVERED_ON, DELIVERY_SUMMARY, FEEDBACK_FROM,
      FEEDBACK_RECEIVED_ON, FEEDBACK_SUMMARY);

  private final AssistanceRequests requests;

  RecordAssistanceReplyDelegate(AssistanceRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = AssistanceFlow.requestId(execution);
    Vars vars = Vars.of(execution);
    switch (execution.getCurrentActivityId()) {
      case TASK_RECORD_OFFER -> {
        Long offerId = Inputs.optionalWholeNumber(OFFER_ID, vars.raw(OFFER_ID));
        if (offerId == null) {
          throw Refused.badRequest("The message " + MESSAGE_OFFER_RECEIVED + " needs " + OFFER_ID
              + ": the number of the offer (POST /api/assistance/offers registers it)");
        }
        requests.offerReceived(id, offerId);
      }
      case TASK_RECORD_DELIVERY -> requests.recordDelivery(id, vars.date(DELIVERED_ON),
          vars.text(DELIVERY_SUMMARY, AssistanceRequests.MAX_TEXT));
      case TASK_RECORD_FEEDBACK -> requests.recordFeedback(id, vars.choice(FEEDBACK_FROM, Party.class),
          vars.date(FEEDBACK_RECEIVED_ON), vars.text(FEEDBACK_SUMMARY, AssistanceRequests.MAX_TEXT));
      default -> throw new IllegalStateException("recordAssistanceReplyDelegate does not serve "
          + execution.getCurrentActivityId());
    }
    // A sender may have put the payload on the instance (processVariables): it belongs in the register only.
    for (String name : PAYLOAD) {
      execution.removeVariableLocal(name);
      execution.getProcessInstance().removeVariable(name);
    }
    Integer recorded = Inputs.optionalInteger(REPLIES_RECORDED, execution.getVariable(REPLIES_RECORDED), 0,
        Integer.MAX_VALUE - 1);
    execution.getProcessInstance().setVariable(REPLIES_RECORDED, recorded == null ? 1 : recorded + 1);
  }
}

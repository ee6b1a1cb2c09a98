package org.un.sc1540.workflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.registry.ContactRole;
import org.un.sc1540.workflow.registry.EmailAddresses;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Task listener (complete) of "Complete the Mission's address": the confirmation is taken only
 * once the registry holds a valid address, so the letter does not go round to the same task again.
 */
@Component
public class MissionAddressCheck implements TaskListener {

  private final RegistryService registry;

  MissionAddressCheck(RegistryService registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    Vars form = Vars.of(task);
    MemberState state = registry.state(form.stateCode(FirstReportReminderProcess.STATE_CODE));
    if (!form.flag(FirstReportReminderProcess.MISSION_ADDRESS_IMPORTED)) {
      throw Refused.badRequest("Confirm that the Mission's address is in the registry ("
          + FirstReportReminderProcess.MISSION_ADDRESS_IMPORTED + ") once it is");
    }
    boolean valid = registry.currentContacts(state.code()).stream()
        .anyMatch(c -> c.role() == ContactRole.MISSION && EmailAddresses.problem(c.email()) == null);
    if (!valid) {
      throw Refused.badRequest("The registry still has no valid e-mail address of the Permanent Mission of "
          + ReminderCycleView.label(state) + "; import it (contacts CSV) before confirming");
    }
  }
}

package org.un.sc1540.workflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Task listener (create): names the task after its State, "Review the note — Mali (MLI)", so that a
 * task list of many States can be read, sorted and searched by State in Tasklist.
 */
@Component
public class StateTaskName implements TaskListener {

  static final String SEPARATOR = " — ";

  private final RegistryService registry;

  StateTaskName(RegistryService registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    String label = ReminderCycleView.label(registry.state(Vars.of(task).stateCode(FirstReportReminderProcess.STATE_CODE)));
    task.setName(task.getName() + SEPARATOR + label);
  }
}

package org.un.sc1540.workflow.cycle;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Vars;

/**
 * The task of a cycle's step. On create: named after the step and the year ("Draft the programme
 * of work — 2027"), described with its source and due day. On complete: the service records the
 * outcome, or refuses it (wrong group, a step before it not done, no decision or date) and the task
 * stays open with the reason.
 */
@Component
public class CycleStepTaskListener implements TaskListener {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final AnnualCycleService cycles;

  CycleStepTaskListener(AnnualCycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateTask task) {
    Vars vars = Vars.of(task);
    int year = vars.year(AnnualCycleProcess.YEAR);
    String stepId = (String) task.getVariable(AnnualCycleProcess.STEP_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      CycleRepository.Step step = cycles.step(year, stepId);
      String due = step.dueAt().atZone(CommitteeClock.ZONE).format(DAY);
      task.setName(step.label() + " — " + year);
      task.setDescription(cycles.description(year, stepId) + ". Due " + due + " (" + AnnualCycleProcess.businessKey(year)
          + ").");
      task.setVariableLocal(AnnualCycleProcess.STEP_LABEL, task.getName());
      task.setVariableLocal(AnnualCycleProcess.STEP_DESCRIPTION, cycles.description(year, stepId));
      task.setVariableLocal(AnnualCycleProcess.STEP_DUE, due);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      cycles.complete(year, stepId, task.getVariable(AnnualCycleProcess.DECISION),
          vars.optionalDate(AnnualCycleProcess.OUTCOME_DATE), task.getVariable(AnnualCycleProcess.DOCUMENT_SYMBOL));
    }
  }
}

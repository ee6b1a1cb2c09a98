package org.un.sc1540.workflow.assistance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/** The coordinators' quarterly update: named after its quarter; its completion records when it was presented. */
@Component
public class QuarterlyUpdateTaskListener implements TaskListener {

  private final AssistanceReport reports;

  QuarterlyUpdateTaskListener(AssistanceReport reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    Vars vars = Vars.of(task);
    int year = vars.year(AssistanceQuarterlyUpdateProcess.REPORT_YEAR);
    int quarter = vars.integer(AssistanceQuarterlyUpdateProcess.REPORT_QUARTER, 1, 4);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(task.getName() + " — Q" + quarter + " " + year);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      reports.presented(year, quarter, vars.optionalDate(AssistanceQuarterlyUpdateProcess.PRESENTED_ON),
          vars.optionalText(AssistanceQuarterlyUpdateProcess.UPDATE_NOTES, AssistanceRequests.MAX_TEXT));
    }
  }
}

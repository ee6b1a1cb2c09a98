package org.un.sc1540.workflow.cycle;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * The yearly timer's work: starts {@code CYCLE-<this year>} unless a coordinator already started
 * it (a second start would be refused), and says which it was ({@code cycleStarted}).
 */
@Component
public class StartAnnualCycleDelegate implements JavaDelegate {

  static final String CYCLE_STARTED = "cycleStarted";

  private final AnnualCycleService cycles;
  private final RuntimeService runtimeService;
  private final CommitteeClock clock;

  StartAnnualCycleDelegate(AnnualCycleService cycles, RuntimeService runtimeService, CommitteeClock clock) {
    this.cycles = cycles;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = clock.today().getYear();
    boolean start = !cycles.isOpen(year);
    if (start) {
      runtimeService.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(AnnualCycleProcess.YEAR, year));
    }
    execution.setVariable(AnnualCycleProcess.YEAR, year);
    execution.setVariable(CYCLE_STARTED, start);
  }
}

package org.un.sc1540.workflow.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.un.sc1540.workflow.config.CommitteeClock;

/** Drives annual cycles in tests: the engine clock in New York time, the cycle's jobs, its steps' tasks by step id. */
final class CycleDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  CycleDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /** Sets the engine clock to a New York wall-clock time. */
  static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute))
        .atZone(CommitteeClock.ZONE).toInstant()));
  }

  /** One minute past midnight, New York. */
  static void startOf(int year, int month, int day) {
    at(year, month, day, 0, 1);
  }

  /** The last minute of the day before, New York. */
  static void justBefore(int year, int month, int day) {
    LocalDateTime before = LocalDateTime.of(year, month, day, 0, 0).minusMinutes(1);
    at(before.getYear(), before.getMonthValue(), before.getDayOfMonth(), before.getHour(), before.getMinute());
  }

  /** The last instant of a New York day, as the steps' due dates are. */
  static Date endOf(int year, int month, int day) {
    return Date.from(CommitteeClock.endOfDay(LocalDate.of(year, month, day)).toInstant());
  }

  ProcessInstance start(int year) {
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(AnnualCycleProcess.KEY,
        new HashMap<>(Map.of(AnnualCycleProcess.YEAR, year)));
    runJobs(cycle.getId());
    return cycle;
  }

  /** Runs the cycle's due jobs until none is left. */
  int runJobs(String cycleId) {
    int executed = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(cycleId).executable().list();
      if (jobs.isEmpty()) {
        return executed;
      }
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("The cycle's jobs do not come to an end");
  }

  /** The step's open task, or null. */
  Task task(String cycleId, String stepId) {
    for (Task task : taskService.createTaskQuery().processInstanceId(cycleId).list()) {
      if (stepId.equals(runtimeService.getVariable(task.getExecutionId(), AnnualCycleProcess.STEP_ID))) {
        return task;
      }
    }
    return null;
  }

  /** The step ids of the cycle's open tasks, sorted. */
  List<String> openSteps(String cycleId) {
    return taskService.createTaskQuery().processInstanceId(cycleId).list().stream()
        .map(t -> (String) runtimeService.getVariable(t.getExecutionId(), AnnualCycleProcess.STEP_ID)).sorted()
        .toList();
  }

  /** Completes a step's task with an outcome dated today (New York), then runs the jobs that follow. */
  void complete(String cycleId, String stepId, String decision) {
    Task task = task(cycleId, stepId);
    if (task == null) {
      throw new AssertionError("Step " + stepId + " has no open task");
    }
    taskService.complete(task.getId(), outcome(decision, "S/AC.44/TEST/" + stepId));
    runJobs(cycleId);
  }

  static Map<String, Object> outcome(String decision, String symbol) {
    Map<String, Object> outcome = new HashMap<>();
    outcome.put(AnnualCycleProcess.DECISION, decision);
    outcome.put(AnnualCycleProcess.OUTCOME_DATE,
        ClockUtil.now().toInstant().atZone(CommitteeClock.ZONE).toLocalDate().toString());
    outcome.put(AnnualCycleProcess.DOCUMENT_SYMBOL, symbol);
    return outcome;
  }
}

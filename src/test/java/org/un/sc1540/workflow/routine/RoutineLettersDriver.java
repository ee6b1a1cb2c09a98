package org.un.sc1540.workflow.routine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.OrganizationService;

/** Drives a year's routine letters in tests: its jobs, its review tasks by letter type. */
public final class RoutineLettersDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RoutineLettersService letters;
  private final OrganizationService organizations;

  public RoutineLettersDriver(RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, RoutineLettersService letters, OrganizationService organizations) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.letters = letters;
    this.organizations = organizations;
  }

  /** Runs the instance's due jobs until none is left. */
  public int runJobs(String processInstanceId) {
    int executed = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return executed;
      }
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("The routine letters' jobs do not come to an end");
  }

  /** The review task of a letter type, or null. */
  public Task task(String processInstanceId, LetterType type) {
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (type.name().equals(runtimeService.getVariable(task.getExecutionId(), RoutineLettersProcess.LETTER_TYPE))) {
        return task;
      }
    }
    return null;
  }

  /** The code (State) or acronym (organization) the review form names an addressee by. */
  public String code(RoutineLettersRepository.Addressee addressee) {
    return addressee.stateCode() != null ? addressee.stateCode()
        : organizations.organization(addressee.organizationId()).orElseThrow().acronym();
  }

  public List<RoutineLettersRepository.Addressee> addressees(int year, LetterType type) {
    return letters.addressees(year, type);
  }

  /** Completes a type's review excluding every addressee but {@code keep}, each with a reason. */
  public void reviewKeeping(String processInstanceId, int year, LetterType type, Set<String> keep,
      Map<String, Object> more) {
    String codes = addressees(year, type).stream().map(this::code).filter(code -> !keep.contains(code))
        .collect(Collectors.joining(", "));
    String exclusions = codes.isEmpty() ? null : codes + ": test, not written to this year";
    Map<String, Object> form = new HashMap<>(more);
    form.put(RoutineLettersProcess.EXCLUSIONS, exclusions);
    taskService.complete(task(processInstanceId, type).getId(), form);
  }

  /** Completes every type's review excluding every addressee, then runs the jobs: nothing is sent. */
  public void reviewAllExcludingEveryone(String processInstanceId, int year) {
    for (LetterType type : RoutineLetterRules.TYPES) {
      reviewKeeping(processInstanceId, year, type, Set.of(), Map.of());
    }
    runJobs(processInstanceId);
  }
}

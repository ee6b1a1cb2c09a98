package org.un.sc1540.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.UnLanguage;

/** Drives a request for assistance: the clock in New York, jobs and timers by hand, tasks with their form fields. */
final class AssistanceScenario {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final AssistanceRequests requests;
  private final AssistanceOffers offers;

  AssistanceScenario(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      AssistanceRequests requests, AssistanceOffers offers) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.requests = requests;
    this.offers = offers;
  }

  /** Moves the engine's clock to an hour of a day in New York. */
  static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
        .atZone(CommitteeClock.ZONE).toInstant()));
  }

  AssistanceRequests.Registered register(String state, LocalDate receivedOn, boolean confidential, boolean consent,
      AssistanceArea... areas) {
    AssistanceRequests.Registered registered = requests.register(new NewRequest(state, receivedOn, List.of(areas),
        "Training of customs officers in identifying dual-use goods at the main border crossings.", true, confidential,
        consent, "NV/" + state + "/17"));
    runJobs(registered.processInstanceId());
    return registered;
  }

  /** Runs the instance's jobs that are due (async steps, timers that have come), until none is left. */
  void runJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming for " + processInstanceId);
  }

  Job job(String processInstanceId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
    assertThat(job).as("job of " + activityId).isNotNull();
    return job;
  }

  /** Moves the clock just past a timer's due date and fires it, then runs what follows. */
  void fire(String processInstanceId, String timerActivityId) {
    Job timer = job(processInstanceId, timerActivityId);
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    managementService.executeJob(timer.getId());
    runJobs(processInstanceId);
  }

  Task task(String processInstanceId, String key) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    assertThat(task).as("task " + key).isNotNull();
    return task;
  }

  void complete(String processInstanceId, String key, Map<String, Object> fields) {
    taskService.complete(task(processInstanceId, key).getId(), fields);
    runJobs(processInstanceId);
  }

  void reviewAndCirculate(String processInstanceId) {
    complete(processInstanceId, AssistanceRequestProcess.TASK_REVIEW_REQUEST,
        Map.of(AssistanceRequestProcess.REVIEW_DECISION, AssistanceRequestProcess.DECISION_CIRCULATE));
  }

  AssistanceOffers.Registered stateOffer(String state, Long requestId, AssistanceArea... areas) {
    return offers.register(new AssistanceOffers.NewOffer(ProviderKind.STATE, state, null, null, null, null, null, null,
        List.of(areas), "Workshops and expert visits", null, null, null, requestId));
  }

  AssistanceOffers.Registered organizationOffer(String name, String email, UnLanguage language, RegionalGroup region,
      Long requestId, AssistanceArea... areas) {
    return offers.register(new AssistanceOffers.NewOffer(ProviderKind.ORGANIZATION, null, null, name, null, email,
        language, region, List.of(areas), "Regional training courses", null, null, null, requestId));
  }

  /** The names of the variables the instance itself holds (not those of its tasks, which go with them). */
  Set<String> instanceVariables(String processInstanceId) {
    Set<String> names = new TreeSet<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .list()) {
      if (variable.getExecutionId().equals(processInstanceId)) {
        names.add(variable.getName());
      }
    }
    return names;
  }

  long allVariables(String processInstanceId) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).count();
  }
}

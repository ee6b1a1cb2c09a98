package org.un.sc1540.workflow.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Drives reviews in tests: the engine clock in New York time, the jobs of the review and of its
 * steps (ReviewStepProcess instances, business key REVIEW-&lt;year&gt;-&lt;stepId&gt;), the steps' tasks
 * by step id, and the processes the steps call.
 */
final class ReviewDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;

  ReviewDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      RepositoryService repositoryService, HistoryService historyService) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
  }

  /** Sets the engine clock to a New York wall-clock time. */
  static void at(LocalDateTime newYorkTime) {
    ClockUtil.setCurrentTime(Date.from(newYorkTime.atZone(CommitteeClock.ZONE).toInstant()));
  }

  static void at(int year, int month, int day, int hour, int minute) {
    at(LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute)));
  }

  /** One minute past midnight, New York, on the first day of a month. */
  static void startOf(int year, int month) {
    at(year, month, 1, 0, 1);
  }

  /** The last minute of the month before, New York. */
  static void justBefore(int year, int month) {
    at(LocalDateTime.of(year, month, 1, 0, 0).minusMinutes(1));
  }

  ProcessInstance start(int year) {
    return start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year));
  }

  ProcessInstance start(Map<String, Object> variables) {
    ProcessInstance review = runtimeService.startProcessInstanceByKey(ComprehensiveReviewProcess.KEY,
        new HashMap<>(variables));
    runJobs(review.getId());
    return review;
  }

  /** The review's year, from its business key (REVIEW-&lt;year&gt;), running or ended. */
  int year(String reviewId) {
    HistoricProcessInstance review = historyService.createHistoricProcessInstanceQuery().processInstanceId(reviewId)
        .singleResult();
    return Integer.parseInt(review.getBusinessKey().substring("REVIEW-".length()));
  }

  /** The review's step processes still running. */
  List<ProcessInstance> steps(String reviewId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKeyLike(ComprehensiveReviewProcess.stepBusinessKey(year(reviewId), "%")).list();
  }

  /** The review's step processes, running or ended. */
  List<HistoricProcessInstance> stepHistory(String reviewId) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKeyLike(ComprehensiveReviewProcess.stepBusinessKey(year(reviewId), "%")).list();
  }

  /** The step's process instance, running, or null. */
  ProcessInstance step(String reviewId, String stepId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKey(ComprehensiveReviewProcess.stepBusinessKey(year(reviewId), stepId)).singleResult();
  }

  /** Runs the due jobs of the review and its steps (not those of the processes they call) until none is left. */
  int runJobs(String reviewId) {
    int executed = 0;
    for (int round = 0; round < 1000; round++) {
      List<Job> jobs = new ArrayList<>(managementService.createJobQuery().processInstanceId(reviewId).executable()
          .list());
      for (ProcessInstance step : steps(reviewId)) {
        jobs.addAll(managementService.createJobQuery().processInstanceId(step.getId()).executable().list());
      }
      if (jobs.isEmpty()) {
        return executed;
      }
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("The review's jobs do not come to an end");
  }

  /** The step's open task, or null. */
  Task task(String reviewId, String stepId) {
    return taskService.createTaskQuery().processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKey(ComprehensiveReviewProcess.stepBusinessKey(year(reviewId), stepId)).singleResult();
  }

  /** The open tasks of the review's steps. */
  List<Task> tasks(String reviewId) {
    return taskService.createTaskQuery().processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKeyLike(ComprehensiveReviewProcess.stepBusinessKey(year(reviewId), "%"))
        .orderByTaskName().asc().list();
  }

  /** The step ids of the review's open tasks. */
  List<String> openSteps(String reviewId) {
    return tasks(reviewId).stream()
        .map(t -> (String) runtimeService.getVariable(t.getExecutionId(), ComprehensiveReviewProcess.STEP_ID))
        .sorted().toList();
  }

  /** Completes a step's task with an outcome dated today (New York), then runs the jobs that record it. */
  void complete(String reviewId, String stepId, String decision) {
    Task task = task(reviewId, stepId);
    if (task == null) {
      throw new AssertionError("Step " + stepId + " has no open task");
    }
    Map<String, Object> outcome = new HashMap<>();
    outcome.put(ComprehensiveReviewProcess.DECISION, decision);
    outcome.put(ComprehensiveReviewProcess.OUTCOME_DATE,
        ClockUtil.now().toInstant().atZone(CommitteeClock.ZONE).toLocalDate().toString());
    outcome.put(ComprehensiveReviewProcess.DOCUMENT_REFERENCE, "S/AC.44/TEST/" + stepId);
    if (stepId.startsWith("AUG_CONCLUSIONS")) {
      outcome.put(ComprehensiveReviewProcess.CONCLUSIONS, "Conclusions of " + stepId);
    }
    taskService.complete(task.getId(), outcome);
    runJobs(reviewId);
  }

  /** Completes every open task of the review, again and again, until none is left. */
  void completeAll(String reviewId) {
    for (int round = 0; round < 50; round++) {
      List<String> open = openSteps(reviewId);
      if (open.isEmpty()) {
        return;
      }
      open.forEach(step -> complete(reviewId, step, "Done: " + step));
    }
    throw new AssertionError("Tasks keep coming");
  }

  /** How many review instances of the year run. */
  long reviewsOfYear(int year) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ComprehensiveReviewProcess.businessKey(year)).count();
  }

  /** The running instance of a process that a step of the review called, or null. */
  ProcessInstance called(String reviewId, String key) {
    List<ProcessInstance> called = new ArrayList<>();
    for (ProcessInstance step : steps(reviewId)) {
      called.addAll(runtimeService.createProcessInstanceQuery().superProcessInstanceId(step.getId())
          .processDefinitionKey(key).list());
    }
    if (called.size() > 1) {
      throw new AssertionError("The review's steps called " + key + " " + called.size() + " times");
    }
    return called.isEmpty() ? null : called.get(0);
  }

  /** The instances, running or ended, of a process that the steps of the review called. */
  List<HistoricProcessInstance> calledHistory(String reviewId, String key) {
    List<HistoricProcessInstance> called = new ArrayList<>();
    for (HistoricProcessInstance step : stepHistory(reviewId)) {
      called.addAll(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(step.getId())
          .processDefinitionKey(key).list());
    }
    return called;
  }

  /**
   * Brings a called process to its end (its end event), as if its
   * work were done, then runs the review's jobs that follow.
   */
  void finish(String reviewId, ProcessInstance called) {
    ProcessDefinition definition = repositoryService.getProcessDefinition(called.getProcessDefinitionId());
    String endEvent = repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(EndEvent.class)
        .stream().filter(e -> e.getParentElement() instanceof Process).map(EndEvent::getId).findFirst().orElseThrow();
    // Cancellations first, then the end event: the modification keeps the instance alive between
    // instructions, so it ends by its end event, as a finished process does, and the review goes on.
    var modification = runtimeService.createProcessInstanceModification(called.getId());
    ActivityInstance tree = runtimeService.getActivityInstance(called.getId());
    for (ActivityInstance child : tree.getChildActivityInstances()) {
      modification.cancelActivityInstance(child.getId());
    }
    for (var transition : tree.getChildTransitionInstances()) {
      modification.cancelTransitionInstance(transition.getId());
    }
    modification.startBeforeActivity(endEvent);
    modification.execute();
    runJobs(reviewId);
  }

  static boolean sameInstant(Date a, java.time.ZonedDateTime b) {
    return Objects.equals(a.toInstant(), b.toInstant());
  }
}

package org.un.sc1540.workflow.matrix;

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

/** Drives the matrix processes in tests: the clock in New York time, tasks and jobs by name. */
final class MatrixScenario {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  MatrixScenario(RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /** Sets the engine clock to a New York wall-clock time. */
  static void at(LocalDateTime newYorkTime) {
    ClockUtil.setCurrentTime(Date.from(newYorkTime.atZone(CommitteeClock.ZONE).toInstant()));
  }

  static void at(LocalDate day, int hour, int minute) {
    at(LocalDateTime.of(day, LocalTime.of(hour, minute)));
  }

  static Date newYork(LocalDateTime time) {
    return Date.from(time.atZone(CommitteeClock.ZONE).toInstant());
  }

  /** Starts a round of these States; its reviews are still to start (one job each). */
  ProcessInstance startRound(int year, String stateCodes, LocalDate deadline, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(MatrixCirculation.REVIEW_YEAR, year);
    variables.put(MatrixCirculation.STATE_CODES, stateCodes);
    variables.put(MatrixCirculation.COMMENT_DEADLINE, deadline == null ? null : deadline.toString());
    return runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY, variables);
  }

  /** Runs the round's jobs that start its States' reviews (not its June timer). */
  List<ProcessInstance> startReviews(ProcessInstance round) {
    runRoundJobs(round);
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .orderByBusinessKey().asc().list();
  }

  /** Runs the round's asynchronous continuations: reviews to start, ended reviews to leave. */
  void runRoundJobs(ProcessInstance round) {
    for (Job job : managementService.createJobQuery().processInstanceId(round.getId()).messages().list()) {
      managementService.executeJob(job.getId());
    }
  }

  /** A round of one State, its review started: the review's instance. */
  ProcessInstance startReview(String state, int year, LocalDate deadline, Map<String, Object> extra) {
    ProcessInstance round = startRound(year, state, deadline, extra);
    return startReviews(round).get(0);
  }

  ProcessInstance review(ProcessInstance round, String state) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .processInstanceBusinessKey(StateMatrixReview.businessKey(Integer.parseInt(
            round.getBusinessKey().substring("MATRIX-".length())), state)).singleResult();
  }

  ProcessInstance roundOf(ProcessInstance review) {
    return runtimeService.createProcessInstanceQuery().subProcessInstanceId(review.getId()).singleResult();
  }

  Task task(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task = task(processInstanceId, taskKey);
    if (task == null) {
      throw new AssertionError("No task " + taskKey + " in " + processInstanceId);
    }
    taskService.complete(task.getId(), variables);
  }

  void prepare(String processInstanceId, String state) {
    complete(processInstanceId, StateMatrixReview.TASK_PREPARE_MATRIX, Map.of(
        StateMatrixReview.MATRIX_VERSION, "1",
        StateMatrixReview.MATRIX_URL, "https://documents.example.org/1540/matrices/" + state + ".pdf",
        StateMatrixReview.CHANGES_SUMMARY, "New export-control act added under operative paragraph 3 (d)."));
  }

  /** Prepares the matrix and runs the job that sends it. */
  void prepareAndSend(String processInstanceId, String state) {
    prepare(processInstanceId, state);
    executeJob(processInstanceId, StateMatrixReview.TASK_SEND_MATRIX);
  }

  Job job(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
  }

  void executeJob(String processInstanceId, String activityId) {
    Job job = job(processInstanceId, activityId);
    if (job == null) {
      throw new AssertionError("No job at " + activityId + " in " + processInstanceId);
    }
    managementService.executeJob(job.getId());
  }

  List<Job> jobs(String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).list();
  }

  /** The secretariat's message, as the engine REST API correlates it (by stateCode and reviewYear). */
  void commentsReceived(String state, int year, LocalDate receivedOn, String reference) {
    runtimeService.createMessageCorrelation(StateMatrixReview.MESSAGE_COMMENTS_RECEIVED)
        .processInstanceVariableEquals(StateMatrixReview.STATE_CODE, state)
        .processInstanceVariableEquals(StateMatrixReview.REVIEW_YEAR, year)
        .setVariable(StateMatrixReview.COMMENTS_RECEIVED_ON, receivedOn == null ? null : receivedOn.toString())
        .setVariable(StateMatrixReview.COMMENTS_REFERENCE, reference)
        .correlateWithResult();
  }

  void review(String processInstanceId, String version, LocalDate consultationDeadline) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(StateMatrixReview.MATRIX_VERSION, version);
    variables.put(StateMatrixReview.MATRIX_URL, "https://documents.example.org/1540/matrices/rev-" + version + ".pdf");
    variables.put(StateMatrixReview.REVISION_SUMMARY, "Corrected as the State indicated.");
    variables.put(StateMatrixReview.CONSULT_STATE, consultationDeadline != null);
    if (consultationDeadline != null) {
      variables.put(StateMatrixReview.CONSULTATION_DEADLINE, consultationDeadline.toString());
    }
    complete(processInstanceId, StateMatrixReview.TASK_REVIEW_COMMENTS, variables);
  }

  void approve(String processInstanceId, LocalDate approvedOn) {
    complete(processInstanceId, StateMatrixReview.TASK_APPROVE_MATRIX, Map.of(
        StateMatrixReview.APPROVAL_DECISION, StateMatrixReview.DECISION_APPROVED,
        StateMatrixReview.APPROVED_ON, approvedOn.toString(),
        StateMatrixReview.DECISION_REFERENCE, "Committee meeting of " + approvedOn));
  }

  void extend(String state, int year, LocalDate newDeadline) {
    runtimeService.startProcessInstanceByKey(MatrixDeadlineExtension.PROCESS_KEY, Map.of(
        MatrixDeadlineExtension.REVIEW_YEAR, year,
        MatrixDeadlineExtension.STATE_CODE, state,
        MatrixDeadlineExtension.NEW_COMMENT_DEADLINE, newDeadline.toString(),
        MatrixDeadlineExtension.EXTENSION_REASON, "The Mission asked for more time"));
  }

  /** The round's June posting, as the coordinators complete it. */
  void postRound(String roundId, LocalDate postedOn) {
    complete(roundId, MatrixCirculation.TASK_POST_MATRICES, Map.of(
        MatrixCirculation.POSTED_ON, postedOn.toString(),
        MatrixCirculation.WEBSITE_URL, "https://www.un.org/en/sc/1540/national-implementation/matrices.shtml"));
  }

  /** Every variable instance of the process instance, task-local ones included: what Cockpit shows. */
  long variables(String processInstanceId) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).count();
  }
}

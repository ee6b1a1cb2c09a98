package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.un.sc1540.workflow.Parallel;

/**
 * Plays a whole matrix round for every State, as the benchmarks need it: covering notes, the
 * reminder 14 days before the deadline, 100 States commenting on time, the deadline, 40 late
 * comments, the experts' reviews, the Committee's approvals and the round's end. The clock is
 * moved by the driver; jobs and tasks run on four threads. The job executor must be off.
 */
public final class MatrixSeasonDriver {

  static final int THREADS = 4;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final MatrixScenario scenario;

  public MatrixSeasonDriver(ApplicationContext app) {
    this.runtime = app.getBean(RuntimeService.class);
    this.tasks = app.getBean(TaskService.class);
    this.management = app.getBean(ManagementService.class);
    this.scenario = new MatrixScenario(runtime, tasks, management);
  }

  /** Starts the round on 1 March and plays it to its posting task; returns the round's instance. */
  public ProcessInstance runRound(int year) throws Exception {
    ProcessInstance round = startRound(year);
    List<ProcessInstance> reviews = runtime.createProcessInstanceQuery().superProcessInstanceId(round.getId()).list();
    List<String> ids = reviews.stream().map(ProcessInstance::getId).toList();
    Parallel.forEach(reviews, THREADS, review -> scenario.prepareAndSend(review.getId(), stateOf(review)));
    List<String> states = reviews.stream().map(MatrixSeasonDriver::stateOf).sorted().toList();

    // 15 May, 00:00 New York: the reminders, 14 days before the 29 May deadline.
    MatrixScenario.at(LocalDate.of(year, 5, 15), 0, 0);
    Parallel.forEach(jobs(ids, StateMatrixReview.EVENT_REMINDER_DUE), THREADS,
        job -> management.executeJob(job.getId()));
    Parallel.forEach(jobs(ids, StateMatrixReview.TASK_SEND_REMINDER), THREADS,
        job -> management.executeJob(job.getId()));
    MatrixScenario.at(LocalDate.of(year, 5, 20), 9, 0);
    Parallel.forEach(states.subList(0, 100), THREADS, code -> scenario.commentsReceived(code, year, null, null));
    // 30 May, 00:00 New York: the deadline passes for the 93 others.
    MatrixScenario.at(LocalDate.of(year, 5, 30), 0, 0);
    Parallel.forEach(jobs(ids, StateMatrixReview.BOUNDARY_DEADLINE_PASSED), THREADS,
        job -> management.executeJob(job.getId()));
    MatrixScenario.at(LocalDate.of(year, 6, 2), 9, 0);
    Parallel.forEach(states.subList(100, 140), THREADS, code -> scenario.commentsReceived(code, year, null, null));
    Parallel.forEach(tasks(ids, StateMatrixReview.TASK_REVIEW_COMMENTS), THREADS,
        task -> scenario.review(task.getProcessInstanceId(), "2", null));
    MatrixScenario.at(LocalDate.of(year, 6, 20), 9, 0);
    Parallel.forEach(tasks(ids, StateMatrixReview.TASK_APPROVE_MATRIX), THREADS,
        task -> scenario.approve(task.getProcessInstanceId(), LocalDate.of(year, 6, 18)));
    // The round leaves each State's call activity in an exclusive job of its own instance: one at a time.
    for (Job completion : management.createJobQuery().processInstanceId(round.getId()).messages().list()) {
      management.executeJob(completion.getId());
    }
    return round;
  }

  /** Starts the round on 1 March of the year and starts every State's review. */
  public ProcessInstance startRound(int year) throws Exception {
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance round = runtime.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY,
        Map.of(MatrixCirculation.REVIEW_YEAR, year));
    // Not the round's June timer: only the jobs that start the States' reviews.
    Parallel.forEach(management.createJobQuery().processInstanceId(round.getId()).messages().list(), THREADS,
        job -> management.executeJob(job.getId()));
    return round;
  }

  private List<Job> jobs(List<String> reviews, String activityId) {
    return management.createJobQuery().activityId(activityId).list().stream()
        .filter(job -> reviews.contains(job.getProcessInstanceId())).toList();
  }

  private List<Task> tasks(List<String> reviews, String taskKey) {
    return tasks.createTaskQuery().processInstanceIdIn(reviews.toArray(String[]::new)).taskDefinitionKey(taskKey)
        .list();
  }

  private static String stateOf(ProcessInstance review) {
    return review.getBusinessKey().substring(review.getBusinessKey().lastIndexOf('-') + 1);
  }

}

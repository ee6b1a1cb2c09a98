package org.un.sc1540.workflow.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.un.sc1540.workflow.Parallel;

/**
 * Plays a whole matrix round for every State through the matrix processes' public contract (docs/matrix.md):
 * the round's process key and start variable, the States' business keys, the user tasks and the
 * fields of their forms, the message {@code MatrixCommentsReceived} with its correlation keys. What
 * the processes do in between (service tasks, letters, timers, jobs) is theirs: the driver runs
 * every due job as a job executor would, after each move of the clock.
 *
 * <p>The round: starts 1 March; the experts prepare the 193 matrices (193 covering notes); on 15 May
 * the reminders are due; 100 States comment on 20 May; the deadline passes at 00:00 New York on
 * 30 May for the other 93; 40 comment late on 2 June; the experts review; the Committee approves on
 * 18 June; the round waits at its posting task. The job executor must be off.
 */
public final class MatrixRoundDriver {

  // The public contract of the matrix processes (docs/matrix.md), written out rather than taken from
  // the processes' constants classes, so that the benchmarks keep compiling while those change.
  static final String ROUND_PROCESS = "MatrixCirculationProcess";
  static final String REVIEW_YEAR = "reviewYear";
  static final String STATE_CODE = "stateCode";
  static final String MESSAGE_COMMENTS_RECEIVED = "MatrixCommentsReceived";
  static final String TASK_PREPARE = "Task_PrepareMatrix";
  static final String TASK_REVIEW = "Task_ReviewComments";
  static final String TASK_APPROVE = "Task_ApproveMatrix";
  static final String TASK_POST = "Task_PostApprovedMatrices";

  static final int ON_TIME = 100;
  static final int LATE = 40;

  private final EngineDriver engine;

  public MatrixRoundDriver(ApplicationContext app) {
    this.engine = new EngineDriver(app);
  }

  public EngineDriver engine() {
    return engine;
  }

  /** Starts the round on 1 March, plays it to its posting task and returns the round's instance. */
  public ProcessInstance runRound(int year) throws Exception {
    ProcessInstance round = startRound(year);
    playRound(round, year);
    return round;
  }

  /** Starts the round on 1 March of the year; every State's review is then waiting for its matrix. */
  public ProcessInstance startRound(int year) throws Exception {
    EngineDriver.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance round = engine.runtime.startProcessInstanceByKey(ROUND_PROCESS, Map.of(REVIEW_YEAR, year));
    engine.runDueJobs(job -> true);
    return round;
  }

  /** Plays a started round to its posting task. */
  public void playRound(ProcessInstance round, int year) throws Exception {
    List<ProcessInstance> reviews = engine.runtime.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .list();
    if (reviews.size() != 193) {
      throw new IllegalStateException("The round of " + year + " has " + reviews.size() + " State reviews, not 193");
    }
    List<String> ids = reviews.stream().map(ProcessInstance::getId).toList();
    List<String> states = reviews.stream().map(MatrixRoundDriver::stateOf).sorted().toList();
    Map<String, String> stateByInstance = new HashMap<>();
    reviews.forEach(review -> stateByInstance.put(review.getId(), stateOf(review)));
    Set<String> scope = Set.copyOf(ids);

    completeAll(ids, TASK_PREPARE, task -> Map.of(
        "matrixReference", "MATRIX-" + year + "-" + stateByInstance.get(task.getProcessInstanceId()),
        "matrixVersion", "1",
        "matrixUrl", "https://documents.example.org/1540/matrices/" + stateByInstance.get(task.getProcessInstanceId())
            + ".pdf",
        "changesSummary", "New export-control act added under operative paragraph 3 (d)."));
    engine.runDueJobs(job -> scope.contains(job.getProcessInstanceId()));

    // 15 May, 00:00 New York: the reminders, 14 days before the 29 May deadline.
    EngineDriver.at(LocalDate.of(year, 5, 15), 0, 0);
    engine.runDueJobs(job -> scope.contains(job.getProcessInstanceId()));

    EngineDriver.at(LocalDate.of(year, 5, 20), 9, 0);
    comments(states.subList(0, ON_TIME), year);
    engine.runDueJobs(job -> scope.contains(job.getProcessInstanceId()));

    // 30 May, 00:00 New York: the deadline passes for the States that have not commented.
    EngineDriver.at(LocalDate.of(year, 5, 30), 0, 0);
    engine.runDueJobs(job -> scope.contains(job.getProcessInstanceId()));

    EngineDriver.at(LocalDate.of(year, 6, 2), 9, 0);
    comments(states.subList(ON_TIME, ON_TIME + LATE), year);
    engine.runDueJobs(job -> scope.contains(job.getProcessInstanceId()));

    completeAll(ids, TASK_REVIEW, task -> {
      Map<String, Object> answers = new HashMap<>();
      answers.put("matrixVersion", "2");
      answers.put("matrixUrl", "https://documents.example.org/1540/matrices/rev-2.pdf");
      answers.put("revisionSummary", "Corrected as the State indicated.");
      answers.put("consultState", false);
      return answers;
    });
    engine.runDueJobs(job -> scope.contains(job.getProcessInstanceId()));

    EngineDriver.at(LocalDate.of(year, 6, 20), 9, 0);
    String approvedOn = LocalDate.of(year, 6, 18).toString();
    completeAll(ids, TASK_APPROVE, task -> Map.of(
        "approvalDecision", "APPROVED",
        "approvedOn", approvedOn,
        "decisionReference", "Committee meeting of " + approvedOn));
    // The States' reviews end; the round leaves its call activity in its own jobs, one after another.
    engine.runDueJobs(job -> scope.contains(job.getProcessInstanceId()) || round.getId().equals(job.getProcessInstanceId()));

    long reviewsLeft = engine.runtime.createProcessInstanceQuery().superProcessInstanceId(round.getId()).count();
    if (reviewsLeft != 0 || postingTask(round) == null) {
      throw new IllegalStateException("The round of " + year + " did not reach its posting task: " + reviewsLeft
          + " State reviews still running");
    }
  }

  /** The coordinators post the approved matrices; the round ends. */
  public void post(ProcessInstance round, int year) {
    // The posting is recorded on its day: a posting dated in the future is refused.
    EngineDriver.at(LocalDate.of(year, 6, 25), 17, 0);
    engine.complete(postingTask(round), Map.of(
        "postedOn", year + "-06-25",
        "websiteUrl", "https://www.un.org/en/sc/1540/matrices/" + year));
  }

  public Task postingTask(ProcessInstance round) {
    return engine.tasks.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(TASK_POST).singleResult();
  }

  private void comments(List<String> states, int year) throws Exception {
    Parallel.forEach(states, EngineDriver.THREADS, state -> engine.runtime
        .createMessageCorrelation(MESSAGE_COMMENTS_RECEIVED)
        .processInstanceVariableEquals(STATE_CODE, state)
        .processInstanceVariableEquals(REVIEW_YEAR, year)
        .correlateWithResult());
  }

  interface Answers {
    Map<String, Object> of(Task task);
  }

  private void completeAll(List<String> ids, String taskKey, Answers answers) throws Exception {
    List<Task> open = engine.openTasks(ids, taskKey);
    if (open.isEmpty()) {
      throw new IllegalStateException("No task " + taskKey + " is open in the round's State reviews");
    }
    Parallel.forEach(open, EngineDriver.THREADS, task -> engine.complete(task, answers.of(task)));
  }

  /** The business key is {@code MATRIX-<year>-<ISO3>}. */
  static String stateOf(ProcessInstance review) {
    String key = review.getBusinessKey();
    return key.substring(key.lastIndexOf('-') + 1);
  }
}

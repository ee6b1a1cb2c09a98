package org.un.sc1540.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.un.sc1540.workflow.Parallel;

/**
 * Drives a running application through the engine's public contracts only — jobs as a job
 * executor would run them, user tasks completed with the fields their deployed form declares,
 * the engine clock in New York time — so that the benchmarks keep working while the processes
 * behind those contracts change.
 */
public class EngineDriver {

  /** Jobs and tasks run on this many threads, as a job executor and a busy secretariat would. */
  public static final int THREADS = 4;
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  final RuntimeService runtime;
  final TaskService tasks;
  final ManagementService management;
  final FormService forms;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();

  public EngineDriver(ApplicationContext app) {
    this.runtime = app.getBean(RuntimeService.class);
    this.tasks = app.getBean(TaskService.class);
    this.management = app.getBean(ManagementService.class);
    this.forms = app.getBean(FormService.class);
  }

  /** Sets the engine clock to a New York wall-clock time. */
  public static void at(LocalDate day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(NEW_YORK).toInstant()));
  }

  /**
   * Runs every job that is due now and belongs to a process instance matching {@code scope}, and
   * the jobs those create, until none is left; as the job executor does, the exclusive jobs of one
   * process instance run one after another and everything else in parallel. Jobs without a
   * process instance (history cleanup, timer start events) are left alone.
   *
   * @return how many jobs ran
   */
  public int runDueJobs(Predicate<Job> scope) throws Exception {
    int ran = 0;
    while (true) {
      List<Job> due = management.createJobQuery().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null && scope.test(job)).toList();
      if (due.isEmpty()) {
        return ran;
      }
      Map<String, List<Job>> exclusiveByInstance = new LinkedHashMap<>();
      List<List<Job>> units = new ArrayList<>();
      for (Job job : due) {
        if (job instanceof JobEntity entity && entity.isExclusive()) {
          exclusiveByInstance.computeIfAbsent(job.getProcessInstanceId(), k -> new ArrayList<>()).add(job);
        } else {
          units.add(List.of(job));
        }
      }
      units.addAll(exclusiveByInstance.values());
      Parallel.forEach(units, THREADS, unit -> {
        for (Job job : unit) {
          execute(job.getId());
        }
      });
      ran += due.size();
    }
  }

  /** Runs one job now, due or not (a timer that the scenario makes fire). */
  public void execute(String jobId) {
    for (int attempt = 1; ; attempt++) {
      try {
        management.executeJob(jobId);
        return;
      } catch (OptimisticLockingException e) {
        // The job executor would try again too; a job that another thread's step touched is run again.
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Completes the task with those of {@code answers} that its deployed form declares: what a user
   * would submit in Tasklist. A task without a deployed form gets every answer.
   */
  public void complete(Task task, Map<String, Object> answers) {
    Set<String> fields = fieldsOf(task);
    Map<String, Object> submitted = new HashMap<>();
    answers.forEach((key, value) -> {
      if (fields == null || fields.contains(key)) {
        submitted.put(key, value);
      }
    });
    tasks.complete(task.getId(), submitted);
  }

  /** The open tasks with this task definition key in these process instances. */
  public List<Task> openTasks(List<String> processInstanceIds, String taskDefinitionKey) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    List<Task> found = new ArrayList<>();
    // Queried in slices: an IN list of thousands of ids is slow on some databases.
    for (int from = 0; from < processInstanceIds.size(); from += 500) {
      List<String> slice = processInstanceIds.subList(from, Math.min(processInstanceIds.size(), from + 500));
      found.addAll(tasks.createTaskQuery().processInstanceIdIn(slice.toArray(String[]::new))
          .taskDefinitionKey(taskDefinitionKey).list());
    }
    return found;
  }

  private Set<String> fieldsOf(Task task) {
    String key = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
    Set<String> known = formFields.get(key);
    if (known != null) {
      return known.isEmpty() ? null : known;
    }
    Set<String> fields = ConcurrentHashMap.newKeySet();
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      collectKeys(json.readTree(form), fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException noDeployedForm) {
      // An embedded or generated form: the answers are taken as they are.
    }
    formFields.put(key, fields);
    return fields.isEmpty() ? null : fields;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      if (node.hasNonNull("key") && node.has("type")) {
        keys.add(node.get("key").asText());
      }
      node.elements().forEachRemaining(child -> collectKeys(child, keys));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectKeys(child, keys));
    }
  }
}

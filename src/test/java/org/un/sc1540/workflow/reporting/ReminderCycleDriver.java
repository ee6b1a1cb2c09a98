package org.un.sc1540.workflow.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;

/**
 * Drives reminder cycles in tests the way staff and time would: starts a cycle, completes its
 * tasks, runs its jobs, moves the engine's clock past its timers. Job executor is off in tests.
 */
@Component
class ReminderCycleDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final CorrespondenceRegister correspondence;
  private final CommitteeClock clock;

  ReminderCycleDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      CorrespondenceRegister correspondence, CommitteeClock clock) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.correspondence = correspondence;
    this.clock = clock;
  }

  ProcessInstance start(String stateCode) {
    return runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, stateCode,
        Map.of(FirstReportReminderProcess.STATE_CODE, stateCode));
  }

  Task task(ProcessInstance cycle, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** Completes "Review the note" with "send", without extras. */
  void approveNote(ProcessInstance cycle) {
    approveNote(cycle, false, "");
  }

  void approveNote(ProcessInstance cycle, boolean mentionAssistance, String additionalParagraph) {
    Map<String, Object> review = new HashMap<>();
    review.put(FirstReportReminderProcess.REVIEW_DECISION, FirstReportReminderProcess.DECISION_SEND);
    review.put(FirstReportReminderProcess.MENTION_ASSISTANCE, mentionAssistance);
    review.put(FirstReportReminderProcess.ADDITIONAL_PARAGRAPH, additionalParagraph);
    taskService.complete(task(cycle, FirstReportReminderProcess.TASK_REVIEW_NOTE).getId(), review);
  }

  void hold(ProcessInstance cycle, String reason) {
    taskService.complete(task(cycle, FirstReportReminderProcess.TASK_REVIEW_NOTE).getId(), Map.of(
        FirstReportReminderProcess.REVIEW_DECISION, FirstReportReminderProcess.DECISION_HOLD,
        FirstReportReminderProcess.HOLD_REASON, reason));
  }

  /** The cycle's one waiting job (a send job or a timer). */
  Job job(ProcessInstance cycle) {
    return managementService.createJobQuery().processInstanceId(cycle.getId()).singleResult();
  }

  List<Job> jobs(ProcessInstance cycle) {
    return managementService.createJobQuery().processInstanceId(cycle.getId()).list();
  }

  Job jobAt(ProcessInstance cycle, String activityId) {
    return managementService.createJobQuery().processInstanceId(cycle.getId()).activityId(activityId).singleResult();
  }

  void runJobAt(ProcessInstance cycle, String activityId) {
    managementService.executeJob(jobAt(cycle, activityId).getId());
  }

  /** Review approved, note sent: the cycle waits for the report or the reminder interval. */
  void sendNote(ProcessInstance cycle) {
    approveNote(cycle);
    runJobAt(cycle, FirstReportReminderProcess.TASK_SEND_NOTE);
  }

  /** Moves the engine's clock just past the due date of the timer at this activity, and fires it. */
  void passTimer(ProcessInstance cycle, String timerActivityId) {
    Job timer = jobAt(cycle, timerActivityId);
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
    managementService.executeJob(timer.getId());
  }

  /** Stops the engine's clock where it is, so that durations measured against it are exact. */
  void freezeClock() {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime()));
  }

  /** Moves the clock forward, as the days pass. */
  void advance(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(Instant.from(clock.instant()).plus(duration)));
  }

  LocalDate today() {
    return clock.today();
  }

  void reportArrives(String stateCode, LocalDate receivedOn) {
    runtimeService.createMessageCorrelation(FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED)
        .processInstanceVariableEquals(FirstReportReminderProcess.STATE_CODE, stateCode)
        .setVariable(FirstReportReminderProcess.REPORT_RECEIVED_ON, receivedOn.toString())
        .correlate();
  }

  List<Letter> letters(ProcessInstance cycle, LetterType type) {
    return correspondence.forProcessInstance(cycle.getId()).stream().filter(l -> l.type() == type).toList();
  }
}

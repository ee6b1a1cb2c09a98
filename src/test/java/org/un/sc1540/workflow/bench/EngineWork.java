package org.un.sc1540.workflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;

/**
 * What the engine did, counted from its history (level full): process instances, user tasks,
 * timers, messages, jobs, service tasks and gateways. The season benchmark counts what the matrix
 * round did and has the floor model do exactly as much.
 *
 * @param instances process instances started
 * @param userTasks user tasks created
 * @param timersCreated timer jobs created (some are cancelled before they fire, e.g. a deadline when comments come in)
 * @param timersFired timers that fired
 * @param messages message events that were triggered (correlations that reached a waiting instance)
 * @param jobs non-timer jobs that ran (asynchronous continuations)
 * @param serviceTasks service tasks executed
 * @param gateways gateways passed
 * @param calledInstances of the instances, those started by a call activity
 */
public record EngineWork(long instances, long userTasks, long timersCreated, long timersFired, long messages, long jobs,
    long serviceTasks, long gateways, long calledInstances) {

  static final Set<String> MESSAGE_EVENTS = Set.of("intermediateMessageCatch", "boundaryMessage",
      "messageStartEvent", "receiveTask");
  static final Set<String> TIMER_EVENTS = Set.of("intermediateTimer", "boundaryTimer", "startTimerEvent");
  static final Set<String> GATEWAYS = Set.of("exclusiveGateway", "eventBasedGateway", "parallelGateway",
      "inclusiveGateway");

  /** Everything in the history so far. */
  public static EngineWork count(HistoryService history) {
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().unlimitedList();
    long messages = activities.stream().filter(a -> MESSAGE_EVENTS.contains(a.getActivityType())).count();
    long timersFired = activities.stream().filter(a -> TIMER_EVENTS.contains(a.getActivityType())).count();
    long serviceTasks = activities.stream().filter(a -> "serviceTask".equals(a.getActivityType())).count();
    long gateways = activities.stream().filter(a -> GATEWAYS.contains(a.getActivityType())).count();
    List<HistoricJobLog> created = history.createHistoricJobLogQuery().creationLog().unlimitedList();
    long timersCreated = created.stream().filter(EngineWork::isTimer).count();
    long jobs = history.createHistoricJobLogQuery().successLog().unlimitedList().stream()
        .filter(log -> !isTimer(log)).count();
    return new EngineWork(
        history.createHistoricProcessInstanceQuery().count(),
        history.createHistoricTaskInstanceQuery().count(),
        timersCreated, timersFired, messages, jobs, serviceTasks, gateways,
        history.createHistoricProcessInstanceQuery().list().stream()
            .filter(p -> p.getSuperProcessInstanceId() != null).count());
  }

  private static boolean isTimer(HistoricJobLog log) {
    return log.getJobDefinitionType() != null && log.getJobDefinitionType().startsWith("timer");
  }

  public EngineWork minus(EngineWork before) {
    return new EngineWork(instances - before.instances, userTasks - before.userTasks,
        timersCreated - before.timersCreated, timersFired - before.timersFired, messages - before.messages,
        jobs - before.jobs, serviceTasks - before.serviceTasks, gateways - before.gateways,
        calledInstances - before.calledInstances);
  }

  /** The counts the floor must reproduce (called instances are started by the floor's driver instead). */
  public boolean sameWorkAs(EngineWork other) {
    return instances == other.instances && userTasks == other.userTasks && timersCreated == other.timersCreated
        && timersFired == other.timersFired && messages == other.messages && jobs == other.jobs
        && serviceTasks == other.serviceTasks && gateways == other.gateways;
  }

  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("process instances", instances);
    map.put("of which started by a call activity", calledInstances);
    map.put("user tasks", userTasks);
    map.put("timers created", timersCreated);
    map.put("timers fired", timersFired);
    map.put("messages correlated", messages);
    map.put("jobs (asynchronous continuations)", jobs);
    map.put("service tasks", serviceTasks);
    map.put("gateways passed", gateways);
    return map;
  }
}

package org.un.sc1540.workflow.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ExclusiveGatewayBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.un.sc1540.workflow.Parallel;

/**
 * The engine's floor for a given amount of work: bare models that do exactly as many process
 * instances, user tasks, timers (fired and cancelled), messages, asynchronous jobs, service tasks and
 * gateways as {@link EngineWork} says, with no-op delegates, no listeners, no forms and one
 * variable, the one their gateways read. Instances are started by the driver on
 * {@link EngineDriver#THREADS} threads; tasks are completed without variables; messages are
 * correlated by business key; jobs run as {@link EngineDriver} runs them. Run in the same
 * application and database as the work it stands for, it tells what the engine itself costs for
 * that work.
 */
public final class EngineFloor {

  static final String KEY_PREFIX = "EngineFloor";
  static final String MESSAGE = "EngineFloorMessage";
  static final String GATEWAY_VARIABLE = "go";
  static final String NO_OP_BEAN = "engineFloorNoOp";
  /** The Committee's send delegate and the variable it reads (README, "Notes verbales by e-mail"). */
  static final String SEND_LETTER_BEAN = "sendLetterDelegate";
  static final String STATE_CODE = "stateCode";
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ConfigurableApplicationContext app;
  private final EngineDriver engine;

  public EngineFloor(ConfigurableApplicationContext app) {
    this.app = app;
    this.engine = new EngineDriver(app);
  }

  /** One floor instance's share of the work. */
  record Shape(int userTasks, int timersFired, int timersCancelled, int messages, int serviceTasks, int jobs,
      int gateways, int letters) {}

  /** Deploys the floor for {@code work}, plays it to its end and returns the seconds it took. */
  public double run(EngineWork work) throws Exception {
    return run(work, List.of(), 0);
  }

  /**
   * The floor, except that {@code letters} of its asynchronous service tasks send a real letter
   * (the Committee's send delegate, an acknowledgement to one of {@code states}) instead of doing
   * nothing: how much of the distance between the floor and the real work the letters make.
   */
  public double run(EngineWork work, List<String> states, int letters) throws Exception {
    if (letters > Math.min(work.jobs(), work.serviceTasks())) {
      throw new IllegalArgumentException("Each letter needs an asynchronous service task of the floor");
    }
    int n = Math.toIntExact(work.instances());
    Map<Shape, String> variants = new LinkedHashMap<>();
    List<String> keyOfInstance = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Shape shape = new Shape(share(work.userTasks(), n, i), share(work.timersFired(), n, i),
          share(work.timersCreated() - work.timersFired(), n, i), share(work.messages(), n, i),
          share(work.serviceTasks(), n, i), share(work.jobs(), n, i), share(work.gateways(), n, i),
          share(letters, n, i));
      keyOfInstance.add(variants.computeIfAbsent(shape, s -> KEY_PREFIX + RUNS.get() + "_" + variants.size()));
    }
    if (!app.getBeanFactory().containsSingleton(NO_OP_BEAN)) {
      JavaDelegate noOp = execution -> { };
      app.getBeanFactory().registerSingleton(NO_OP_BEAN, noOp);
    }
    RUNS.incrementAndGet();
    var deployment = app.getBean(RepositoryService.class).createDeployment().name("engine-floor");
    variants.forEach((shape, key) -> deployment.addModelInstance(key + ".bpmn", model(key, shape)));
    deployment.deploy();

    Map<String, String> businessKeys = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      indexes.add(i);
    }
    Parallel.forEach(indexes, EngineDriver.THREADS, i -> {
      String businessKey = "FLOOR-" + RUNS.get() + "-" + i;
      Map<String, Object> variables = letters == 0 ? Map.of(GATEWAY_VARIABLE, true)
          : Map.of(GATEWAY_VARIABLE, true, STATE_CODE, states.get(i % states.size()));
      String id = engine.runtime.startProcessInstanceByKey(keyOfInstance.get(i), businessKey, variables).getId();
      businessKeys.put(id, businessKey);
    });
    Set<String> floor = businessKeys.keySet();
    String[] keys = variants.values().toArray(String[]::new);
    while (engine.runtime.createProcessInstanceQuery().processDefinitionKeyIn(keys).count() > 0) {
      int done = engine.runDueJobs(job -> floor.contains(job.getProcessInstanceId()));
      List<Task> open = engine.tasks.createTaskQuery().processDefinitionKeyIn(keys).list();
      Parallel.forEach(open, EngineDriver.THREADS, task -> engine.tasks.complete(task.getId()));
      List<EventSubscription> waiting = engine.runtime.createEventSubscriptionQuery().eventType("message")
          .eventName(MESSAGE).list().stream().filter(s -> floor.contains(s.getProcessInstanceId())).toList();
      Parallel.forEach(waiting, EngineDriver.THREADS, subscription -> engine.runtime.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(businessKeys.get(subscription.getProcessInstanceId())).correlateWithResult());
      if (done == 0 && open.isEmpty() && waiting.isEmpty()) {
        throw new IllegalStateException("The floor is stuck: instances wait, but no job, task or message is due");
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** What the floor did: its own history, counted the same way as the work it stands for. */
  public static EngineWork counted(HistoryService history, EngineWork before) {
    return EngineWork.count(history).minus(before);
  }

  /** The i-th of n instances' share of a total, spread as evenly as whole numbers allow. */
  static int share(long total, int n, int i) {
    return Math.toIntExact(total / n + (i < total % n ? 1 : 0));
  }

  /**
   * start → user tasks (the cancelled timers are boundary timers on them, far in the future) →
   * timers that fire at once → message catches → service tasks (the jobs are their asynchronous
   * continuations, then those of the gateways) → gateways → end.
   */
  static BpmnModelInstance model(String key, Shape shape) {
    if (shape.timersCancelled() > 0 && shape.userTasks() == 0) {
      throw new IllegalStateException("A floor instance needs a user task to hang its cancelled timers on");
    }
    if (shape.jobs() > shape.serviceTasks() + shape.gateways() + 1) {
      throw new IllegalStateException("A floor instance needs more jobs than it has steps to put them on");
    }
    ProcessBuilder process = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1);
    AbstractFlowNodeBuilder<?, ?> flow = process.startEvent("StartEvent_" + key);
    for (int t = 0; t < shape.userTasks(); t++) {
      String taskId = "Task_User" + t;
      flow = flow.userTask(taskId);
      for (int b = 0; b < share(shape.timersCancelled(), shape.userTasks(), t); b++) {
        String boundary = "BoundaryEvent_Timer" + t + "_" + b;
        UserTaskBuilder task = flow.moveToActivity(taskId);
        task.boundaryEvent(boundary).cancelActivity(true).timerWithDuration("P3650D").endEvent("EndEvent_" + boundary);
        UserTaskBuilder again = task.moveToActivity(taskId);
        flow = again;
      }
    }
    for (int t = 0; t < shape.timersFired(); t++) {
      flow = flow.intermediateCatchEvent("Event_Timer" + t).timerWithDuration("PT0S");
    }
    for (int m = 0; m < shape.messages(); m++) {
      flow = flow.intermediateCatchEvent("Event_Message" + m).message(MESSAGE);
    }
    int jobsLeft = shape.jobs();
    for (int s = 0; s < shape.serviceTasks(); s++) {
      var task = flow.serviceTask("Task_Service" + s);
      if (s < shape.letters()) {
        task.camundaDelegateExpression("${" + SEND_LETTER_BEAN + "}")
            .camundaInputParameter("letterType", "REPORT_ACKNOWLEDGEMENT")
            .camundaInputParameter("reportReceivedOn", "2090-04-12");
      } else {
        task.camundaDelegateExpression("${" + NO_OP_BEAN + "}");
      }
      if (jobsLeft > 0) {
        task.camundaAsyncBefore();
        jobsLeft--;
      }
      flow = task;
    }
    for (int g = 0; g < shape.gateways(); g++) {
      String gatewayId = "Gateway_" + g;
      ExclusiveGatewayBuilder gateway = flow.exclusiveGateway(gatewayId);
      if (jobsLeft > 0) {
        gateway.camundaAsyncBefore();
        jobsLeft--;
      }
      // Two ways out, as a gateway has: the one taken reads the variable, the other is never taken.
      gateway.condition("no", "${!" + GATEWAY_VARIABLE + "}").endEvent("EndEvent_NotTaken" + g);
      AbstractFlowNodeBuilder<?, ?> again = gateway.moveToNode(gatewayId);
      flow = ((ExclusiveGatewayBuilder) again).condition("yes", "${" + GATEWAY_VARIABLE + "}");
    }
    var end = flow.endEvent("EndEvent_" + key);
    if (jobsLeft > 0) {
      end.camundaAsyncBefore();
    }
    return end.done();
  }
}

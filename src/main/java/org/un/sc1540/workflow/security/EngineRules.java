package org.un.sc1540.workflow.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.mapping.InputParameter;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoMapping;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Refusals;
import org.un.sc1540.workflow.input.Refused;

/**
 * The Committee's rules inside the engine, so that they hold whatever path a request takes: the
 * engine REST API, the webapps' REST API ({@code /camunda/api/engine}), the Java API. Every
 * command the engine runs for a person passes here before it runs; Camunda's authorizations
 * decide who may touch which resource, these rules decide what the engine's general operations
 * may do to the Committee's processes.
 *
 * <p>For everyone: no deployment over REST unless {@code committee.security.rest-deployment} is on
 * (a model can call Java code on the server); no text variable over 4,000 characters (the engine's
 * column; a database error otherwise); no serialized Java object; no business key over 255
 * characters; a job's due date only for a job that exists.
 *
 * <p>For everyone but administrators: no starting part-way (start instructions), no
 * {@code skipCustomListeners} or {@code skipIoMappings}; no modification, migration, restart or
 * suspension of instances; no executing a job or moving its due date by hand; no writing process or
 * task variables outside a task's form; a message to all instances refused; a message only if it is
 * one the processes take from outside ({@link ExternalMessage}), named by its keys and carrying only
 * its payload; a task completed with no other variables than the fields its form declares (the user
 * task's input parameters), so no form can overwrite a process's ids.
 *
 * <p>Only the outermost command of a request is checked: what a delegate, a listener or a service
 * does inside it is the application's own code, as is everything the job executor runs.
 */
@Component
public class EngineRules extends AbstractProcessEnginePlugin {

  /** The engine's text column ({@code TEXT_}, {@code VARCHAR(4000)}). */
  static final int MAX_TEXT = 4000;
  /** The engine's business-key column ({@code BUSINESS_KEY_}, {@code VARCHAR(255)}). */
  static final int MAX_BUSINESS_KEY = 255;
  private static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";
  /**
   * Variables that identify what an instance is about, refused in a task's submission even where
   * the task declares no form fields (a model not yet migrated to output mappings).
   */
  static final Set<String> IDS = Set.of("stateCode", "stateCodes", "reviewYear", "year", "stepId", "roundId",
      "precedesMandateRenewal", "requestId", "offerId", "organizationId", "cycleYear", "letterType");

  private static final Set<String> ADMINISTRATORS_ONLY = Set.of(
      "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationCmd",
      "ProcessInstanceModificationBatchCmd", "MigrateProcessInstanceCmd", "MigrateProcessInstanceBatchCmd",
      "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd", "SetProcessDefinitionVersionCmd",
      "ExecuteJobsCmd", "SetJobDuedateCmd", "RecalculateJobDuedateCmd", "SetJobPriorityCmd",
      "SetJobDefinitionPriorityCmd", "DeleteJobCmd", "DeleteJobsCmd", "SuspendJobCmd", "ActivateJobCmd",
      "SuspendJobDefinitionCmd", "ActivateJobDefinitionCmd", "SuspendProcessInstanceCmd", "ActivateProcessInstanceCmd",
      "UpdateProcessInstancesSuspendStateCmd", "UpdateProcessInstancesSuspendStateBatchCmd",
      "SuspendProcessDefinitionCmd", "ActivateProcessDefinitionCmd", "MessageEventReceivedCmd",
      "SignalEventReceivedCmd", "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd",
      "SetExecutionVariablesCmd", "PatchExecutionVariablesCmd", "RemoveExecutionVariablesCmd",
      "SetTaskVariablesCmd", "PatchTaskVariablesCmd", "RemoveTaskVariablesCmd",
      "SetVariablesToProcessInstancesBatchCmd", "CreateIncidentCmd", "ResolveIncidentCmd");

  private final ObjectProvider<ExternalMessage> messages;
  private final Predicate<String> isMemberState;
  private final boolean restDeployment;

  EngineRules(ObjectProvider<ExternalMessage> messages, ObjectProvider<MemberStates> memberStates,
      @Value("${committee.security.rest-deployment:false}") boolean restDeployment) {
    this.messages = messages;
    this.isMemberState = code -> memberStates.getObject().isMember(code);
    this.restDeployment = restDeployment;
  }

  /** The registry's answer to "is this a Member State?", without the engine depending on the registry. */
  public interface MemberStates {
    boolean isMember(String stateCode);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Reading or writing a variable needs its own permission (READ_VARIABLE, UPDATE_VARIABLE),
    // not the permission to update the instance or the task.
    configuration.setEnforceSpecificVariablePermission(true);
    configuration.setJavaSerializationFormatEnabled(false);
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Rules());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  private final class Rules extends CommandInterceptor {

    /** Commands within commands (a delegate's engine calls) are the application's own. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] level = depth.get();
      try {
        if (level[0] == 0 && !check(command, Context.getCommandContext())) {
          return null;
        }
      } catch (ProcessEngineException refusal) {
        throw Refusals.remember(refusal);
      }
      level[0]++;
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        throw level[0] == 1 ? Refusals.remember(unwrapped(e)) : e;
      } finally {
        level[0]--;
      }
    }
  }

  /**
   * A refusal thrown by a listener or a delegate reaches the caller as itself: the engine wraps it
   * ("ENGINE-03051 There was an exception while invoking the TaskListener. Message: '...'"), and the
   * REST APIs would answer the wrapper with a 500 and that text.
   */
  static ProcessEngineException unwrapped(ProcessEngineException exception) {
    if (exception instanceof BadUserRequestException || exception instanceof AuthorizationException) {
      return exception;
    }
    for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException || cause instanceof AuthorizationException) {
        return (ProcessEngineException) cause;
      }
    }
    return exception;
  }

  /** Refuses what the rules forbid; false for a command that is to be skipped rather than run. */
  boolean check(Command<?> command, CommandContext context) {
    String type = command.getClass().getSimpleName();
    Authentication authentication = context == null ? null : context.getAuthentication();
    boolean person = authentication != null && authentication.getUserId() != null
        && context.isAuthorizationCheckEnabled();
    boolean administrator = person && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(CommitteeGroups.ADMINISTRATORS);
    if (type.equals("FailedJobListener") && person && !administrator) {
      // A job a person may not execute by hand was refused before it ran: that is not a failure of
      // the job, so its retries and due date stay as they are.
      return false;
    }
    if (type.equals("DeployCmd") && person && !restDeployment) {
      throw new AuthorizationException("Deployments over the REST API are switched off "
          + "(committee.security.rest-deployment=false): a process model can call Java code on the server. The "
          + "Committee's models are deployed when the application starts, from its bpmn/ and forms/ folders.");
    }
    checkValues(command, type);
    if (person && !administrator) {
      checkPerson(command, type, authentication.getUserId(), context);
    }
    if (type.equals("CorrelateMessageCmd")) {
      carryKeys((MessageCorrelationBuilderImpl) field(command, "builder"));
    }
    return true;
  }

  /** What only administrators may do, and how far everyone else may use the engine's general operations. */
  private void checkPerson(Command<?> command, String type, String user, CommandContext context) {
    if (ADMINISTRATORS_ONLY.contains(type)) {
      throw new CommitteeAccess.NotAllowed(user + " may not " + describe(type) + ": only administrators may, "
          + "in Cockpit. The Committee's processes change only through their tasks and messages.");
    }
    switch (type) {
      case "StartProcessInstanceCmd", "StartProcessInstanceAtActivitiesCmd" ->
          checkStart(user, (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder"));
      case "CorrelateMessageCmd" -> checkMessage(user, (MessageCorrelationBuilderImpl) field(command, "builder"));
      case "CompleteTaskCmd" -> checkTaskSubmission(user, context, (String) field(command, "taskId"),
          names((Map<?, ?>) field(command, "variables")));
      case "SubmitTaskFormCmd" -> checkTaskSubmission(user, context, (String) field(command, "taskId"),
          names((Map<?, ?>) field(command, "properties")));
      default -> { }
    }
  }

  private static String describe(String command) {
    if (command.contains("Variables")) {
      return "write process or task variables directly (the processes write their own; a task's form is submitted "
          + "by completing the task)";
    }
    if (command.contains("Modif") || command.contains("Restart") || command.contains("Migrat")
        || command.contains("SetProcessDefinitionVersion")) {
      return "move, restart or migrate a process instance";
    }
    if (command.contains("Job")) {
      return "execute, reschedule, suspend or delete a job by hand";
    }
    if (command.contains("Suspend") || command.contains("Activate")) {
      return "suspend or activate a process";
    }
    if (command.contains("CorrelateAll")) {
      return "send a message to all instances at once";
    }
    if (command.contains("Incident")) {
      return "create or resolve an incident by hand (retry its job instead)";
    }
    return "trigger an event of an instance directly";
  }

  private static void checkStart(String user, ProcessInstantiationBuilderImpl builder) {
    ProcessInstanceModificationBuilderImpl instructions = builder.getModificationBuilder();
    if (instructions != null && !instructions.getModificationOperations().isEmpty()) {
      throw new CommitteeAccess.NotAllowed(user + " may not start a process part-way (start instructions): a "
          + "process starts at its start event, where its checks run. Only administrators may, in Cockpit.");
    }
    if (instructions != null && (instructions.isSkipCustomListeners() || instructions.isSkipIoMappings())) {
      throw new CommitteeAccess.NotAllowed(user + " may not start a process with skipCustomListeners or "
          + "skipIoMappings: the process's own checks and mappings always run.");
    }
  }

  /**
   * Everyone: a message the processes take from outside names its instance, carries only its
   * payload (never an id the instance already holds), and its State must exist.
   */
  private void checkMessageKeys(MessageCorrelationBuilderImpl builder) {
    ExternalMessage message = external(builder.getMessageName());
    if (message == null) {
      return;
    }
    String name = message.name();
    Map<String, Object> keys = keys(builder);
    boolean addressed = builder.getBusinessKey() != null || builder.getProcessInstanceId() != null;
    List<String> missing = message.correlationKeys().stream().filter(key -> !keys.containsKey(key)).toList();
    if (!missing.isEmpty() && !addressed) {
      throw Refused.badRequest("The message " + name + " must name " + String.join(" and ",
          missing.stream().map(key -> "correlationKeys." + key).toList())
          + (message.byBusinessKey() ? " (or the instance's businessKey)" : "")
          + ": without it the message would go to whichever instance waits for it.");
    }
    Set<String> carried = new TreeSet<>();
    carried.addAll(names(builder.getPayloadProcessInstanceVariables()));
    carried.addAll(names(builder.getPayloadProcessInstanceVariablesLocal()));
    carried.addAll(names(builder.getPayloadProcessInstanceVariablesToTriggeredScope()));
    carried.removeAll(message.payload());
    if (!carried.isEmpty()) {
      throw Refused.badRequest("The message " + name + " carries " + String.join(", ", carried)
          + ", which it may not: it carries " + (message.payload().isEmpty() ? "no variables"
              : "only " + String.join(", ", new TreeSet<>(message.payload()))) + ".");
    }
    if (keys.containsKey("stateCode")) {
      Object state = unwrap(keys.get("stateCode"));
      if (!(state instanceof String code) || code.isBlank()) {
        throw Refused.badRequest("correlationKeys.stateCode must be a State's ISO 3166-1 alpha-3 code (a string), not "
            + state);
      }
      if (!isMemberState.test(code)) {
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        throw Refused.badRequest("unknown State code '" + code + "' in correlationKeys.stateCode: not one of the 193 "
            + "Member States (ISO 3166-1 alpha-3" + (isMemberState.test(upper) ? ", upper case: '" + upper + "'" : "")
            + ")");
      }
    }
  }

  /** Non-administrators: only the messages the processes take from outside. */
  private void checkMessage(String user, MessageCorrelationBuilderImpl builder) {
    String name = builder.getMessageName();
    ExternalMessage message = external(name);
    if (message == null) {
      throw new CommitteeAccess.NotAllowed(user + " may not send the message '" + name + "': it is not one the "
          + "Committee's processes take from outside (" + String.join(", ",
              messages.orderedStream().map(ExternalMessage::name).sorted().toList())
          + "). The processes send their other messages themselves.");
    }
    if (!message.byBusinessKey() && builder.getProcessInstanceId() != null && builder.getBusinessKey() == null
        && !keys(builder).keySet().containsAll(message.correlationKeys())) {
      throw Refused.badRequest("The message " + name + " must name its instance by correlationKeys "
          + message.correlationKeys());
    }
  }

  /** A message that may start a process hands its correlation keys to it as variables. */
  private void carryKeys(MessageCorrelationBuilderImpl builder) {
    ExternalMessage message = external(builder.getMessageName());
    if (message != null && message.keysTravel()) {
      Map<String, Object> keys = keys(builder);
      message.correlationKeys().stream().filter(keys::containsKey)
          .forEach(key -> builder.setVariable(key, keys.get(key)));
    }
  }

  private ExternalMessage external(String name) {
    return messages.orderedStream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  private static Map<String, Object> keys(MessageCorrelationBuilderImpl builder) {
    Map<String, Object> keys = new LinkedHashMap<>();
    if (builder.getCorrelationProcessInstanceVariables() != null) {
      keys.putAll(builder.getCorrelationProcessInstanceVariables());
    }
    if (builder.getCorrelationLocalVariables() != null) {
      keys.putAll(builder.getCorrelationLocalVariables());
    }
    return keys;
  }

  private static void checkTaskSubmission(String user, CommandContext context, String taskId, Set<String> submitted) {
    if (submitted.isEmpty() || taskId == null) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return;
    }
    ExecutionEntity execution = task.getExecution();
    ActivityImpl activity = execution == null ? null : execution.getActivity();
    IoMapping mapping = activity == null ? null : activity.getIoMapping();
    Set<String> refused = new TreeSet<>();
    if (mapping != null) {
      Set<String> fields = new HashSet<>();
      for (InputParameter parameter : mapping.getInputParameters()) {
        fields.add(parameter.getName());
      }
      submitted.stream().filter(name -> !fields.contains(name) || IDS.contains(name)).forEach(refused::add);
    } else {
      submitted.stream().filter(IDS::contains).forEach(refused::add);
    }
    if (!refused.isEmpty()) {
      throw new CommitteeAccess.NotAllowed("The task '" + task.getName() + "' does not take " + String.join(", ", refused)
          + ": a task's form submits only its own fields, and never the ids of what its process is about.");
    }
  }

  /** Bad input refused for everyone, before the database refuses it with a 500. */
  private void checkValues(Command<?> command, String type) {
    switch (type) {
      case "StartProcessInstanceCmd", "StartProcessInstanceAtActivitiesCmd" -> {
        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
        checkBusinessKey(builder.getBusinessKey());
        checkVariables(builder.getVariables());
      }
      case "SubmitStartFormCmd" -> {
        checkBusinessKey((String) field(command, "businessKey"));
        checkVariables((Map<?, ?>) field(command, "variables"));
      }
      case "CorrelateMessageCmd", "CorrelateAllMessageCmd" -> {
        MessageCorrelationBuilderImpl builder = (MessageCorrelationBuilderImpl) field(command, "builder");
        checkMessageKeys(builder);
        checkVariables(builder.getPayloadProcessInstanceVariables());
        checkVariables(builder.getPayloadProcessInstanceVariablesLocal());
        checkVariables(builder.getPayloadProcessInstanceVariablesToTriggeredScope());
      }
      case "CompleteTaskCmd" -> checkVariables((Map<?, ?>) field(command, "variables"));
      case "SubmitTaskFormCmd" -> checkVariables((Map<?, ?>) field(command, "properties"));
      case "SetExecutionVariablesCmd", "SetTaskVariablesCmd" -> checkVariables((Map<?, ?>) field(command, "variables"));
      case "PatchExecutionVariablesCmd", "PatchTaskVariablesCmd" ->
          checkVariables((Map<?, ?>) field(command, "variables"));
      case "SetJobDuedateCmd" -> {
        String jobId = (String) field(command, "jobId");
        CommandContext context = Context.getCommandContext();
        JobEntity job = jobId == null || context == null ? null : context.getJobManager().findJobById(jobId);
        if (job == null) {
          throw Refused.notFound("There is no job " + jobId + " (it may have run already)");
        }
      }
      default -> { }
    }
  }

  private static void checkBusinessKey(String businessKey) {
    if (businessKey != null && businessKey.length() > MAX_BUSINESS_KEY) {
      throw Refused.badRequest("The business key is " + businessKey.length() + " characters long; at most "
          + MAX_BUSINESS_KEY + " are kept");
    }
  }

  private static void checkVariables(Map<?, ?> variables) {
    if (variables == null) {
      return;
    }
    for (Object name : variables.keySet()) {
      Object value = variables instanceof VariableMap map ? map.getValueTyped(name.toString()) : variables.get(name);
      if (value instanceof ObjectValue object && !object.isDeserialized()
          && JAVA_SERIALIZATION.equals(object.getSerializationDataFormat())) {
        throw Refused.badRequest("The variable " + name + " is a serialized Java object; the Committee's processes "
            + "take texts, numbers, dates, booleans and JSON only");
      }
      Object plain = unwrap(value);
      if (plain instanceof String text && text.length() > MAX_TEXT) {
        throw Refused.badRequest("The variable " + name + " is " + text.length() + " characters long; a text "
            + "variable holds at most " + MAX_TEXT + " (longer texts belong in the Committee's records, not in a "
            + "process)");
      }
    }
  }

  private static Object unwrap(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static Set<String> names(Map<?, ?> variables) {
    Set<String> names = new TreeSet<>();
    if (variables != null) {
      variables.keySet().forEach(name -> names.add(String.valueOf(name)));
    }
    return names;
  }

  /**
   * A command's protected field. Camunda 7.24 is the last Community Edition release, so these
   * fields do not move; {@code EngineRulesTest} fails if one ever does.
   */
  static Object field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // Declared higher up.
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }
}

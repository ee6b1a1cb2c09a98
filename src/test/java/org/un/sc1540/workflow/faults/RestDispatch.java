package org.un.sc1540.workflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A dispatch of one acknowledgement per Member State to a running application, over its REST API as
 * another system (or an operator with curl) would drive it: deploy the dispatch process, start one
 * instance per State, watch the engine's history and the correspondence register.
 *
 * <p>The send jobs are held (their job definition suspended) while the instances are started, and
 * released together: the dispatch then runs at the job executor's pace, and a fault injected
 * during it never hits a start request.
 */
final class RestDispatch {

  /** Concurrent REST clients starting instances, as a campaign's client might use. */
  private static final int CLIENT_THREADS = 4;

  /** A letter as {@code GET /api/correspondence} lists it. */
  record RegisteredLetter(String symbol, String stateCode, String status, String messageId, int attempts,
      String processInstanceId) {}

  private final Http http;
  private final String run;
  private final Set<String> instances = ConcurrentHashMap.newKeySet();
  private String processDefinitionId;

  RestDispatch(Http http, String run) {
    this.http = http;
    this.run = run;
  }

  private RestDispatch(Http http, RestDispatch dispatch) {
    this(http, dispatch.run);
    this.instances.addAll(dispatch.instances);
    this.processDefinitionId = dispatch.processDefinitionId;
  }

  /** The same dispatch, watched through another node or a restarted one. */
  RestDispatch on(Http other) {
    return new RestDispatch(other, this);
  }

  List<String> memberStates() {
    List<String> codes = new ArrayList<>();
    http.get("/api/registry/states").forEach(state -> codes.add(state.path("code").asText()));
    return codes;
  }

  /** Deploys the dispatch process over engine REST and holds the jobs its instances will create. */
  void deployWithJobsHeld() {
    byte[] model;
    try (InputStream in = RestDispatch.class.getClassLoader().getResourceAsStream(DispatchTestProcess.RESOURCE)) {
      model = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode deployment = http.deploy("fault-test-" + run, DispatchTestProcess.FILE_NAME, model);
    processDefinitionId = deployment.path("deployedProcessDefinitions").fieldNames().next();
    suspendJobs(true);
  }

  /** Starts one instance per State from a few client threads; returns when all are started. */
  void startOnePerState(List<String> states) throws InterruptedException {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
    try {
      List<Future<?>> starts = new ArrayList<>();
      for (String state : states) {
        starts.add(clients.submit(() -> {
          JsonNode instance = http.post("/engine-rest/process-definition/" + processDefinitionId + "/start", Map.of(
              "businessKey", DispatchTestProcess.businessKey(run, state),
              "variables", Map.of(
                  DispatchTestProcess.STATE_CODE, Map.of("value", state, "type", "String"),
                  DispatchTestProcess.REPORT_RECEIVED_ON, Map.of("value", DispatchTestProcess.REPORT_DATE,
                      "type", "String"))));
          instances.add(instance.path("id").asText());
        }));
      }
      for (Future<?> start : starts) {
        start.get();
      }
    } catch (ExecutionException e) {
      throw new AssertionError("A start failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      clients.shutdownNow();
    }
  }

  /** Lets the job executor(s) have every held send job at once. */
  void releaseJobs() {
    suspendJobs(false);
  }

  private void suspendJobs(boolean suspended) {
    http.put("/engine-rest/job-definition/suspended",
        Map.of("processDefinitionId", processDefinitionId, "suspended", suspended, "includeJobs", true));
  }

  long heldJobs() {
    return count("/engine-rest/job/count?suspended=true&processDefinitionId=" + processDefinitionId);
  }

  long finishedInstances() {
    return count("/engine-rest/history/process-instance/count?finished=true&processDefinitionId=" + processDefinitionId);
  }

  long endedAt(String activityId) {
    return count("/engine-rest/history/activity-instance/count?finished=true&processDefinitionId="
        + processDefinitionId + "&activityId=" + activityId);
  }

  long incidents() {
    return count("/engine-rest/incident/count?processDefinitionId=" + processDefinitionId);
  }

  long failedJobRuns() {
    return count("/engine-rest/history/job-log/count?failureLog=true&processDefinitionId=" + processDefinitionId);
  }

  /** The failed send-job runs' exception messages, with how often each came. */
  Map<String, Integer> failedJobRunMessages() {
    Map<String, Integer> messages = new TreeMap<>();
    http.get("/engine-rest/history/job-log?failureLog=true&processDefinitionId=" + processDefinitionId)
        .forEach(entry -> messages.merge(entry.path("jobExceptionMessage").asText(), 1, Integer::sum));
    return messages;
  }

  /** Successful send-job runs per job executor host ({@code ACT_HI_JOB_LOG.HOSTNAME_}). */
  Map<String, Integer> successfulJobRunsByHost() {
    Map<String, Integer> byHost = new TreeMap<>();
    http.get("/engine-rest/history/job-log?successLog=true&processDefinitionId=" + processDefinitionId)
        .forEach(entry -> byHost.merge(entry.path("hostname").asText(), 1, Integer::sum));
    return byHost;
  }

  /** The register's letters of this dispatch's instances. */
  List<RegisteredLetter> register() {
    List<RegisteredLetter> letters = new ArrayList<>();
    for (JsonNode letter : http.get("/api/correspondence?limit=5000")) {
      if (instances.contains(letter.path("processInstanceId").asText())) {
        letters.add(new RegisteredLetter(letter.path("symbol").asText(), letter.path("stateCode").asText(),
            letter.path("status").asText(), letter.path("messageId").asText(), letter.path("attempts").asInt(),
            letter.path("processInstanceId").asText()));
      }
    }
    return letters;
  }

  int startedInstances() {
    return instances.size();
  }

  /** Where the dispatch stands, for a failing test's message. */
  String progress() {
    try {
      return "dispatch " + run + ": " + instances.size() + " started, " + finishedInstances() + " finished, "
          + incidents() + " incidents, " + failedJobRuns() + " failed job runs";
    } catch (AssertionError e) {
      return "dispatch " + run + ": " + instances.size() + " started; no answer: " + e.getMessage();
    }
  }

  private long count(String path) {
    return http.get(path).path("count").asLong();
  }
}

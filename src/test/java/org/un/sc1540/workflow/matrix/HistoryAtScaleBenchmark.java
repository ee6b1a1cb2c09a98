package org.un.sc1540.workflow.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.un.sc1540.workflow.CommitteeWorkflowApplication;
import org.un.sc1540.workflow.bench.BenchResults;

/**
 * Ten simulated years — ten matrix rounds of 193 States, each played to its end, with the
 * comments windows closing and Camunda's history cleanup removing what is older than the
 * processes' five-year history time to live — and an eleventh round open with 193 tasks. Then the
 * REST queries that Tasklist and Cockpit send, as the users who send them, timed from outside.
 */
class HistoryAtScaleBenchmark {

  static final double TARGET_P95_MS = 50;
  static final int FIRST_YEAR = 2030;
  static final int YEARS = 10;
  static final int WARM_UP = 10;
  static final int SAMPLES = 60;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tasklistAndCockpitQueriesOverTenYearsOfHistory() throws Exception {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommitteeWorkflowApplication.class)
        .run("--spring.profiles.active=bench", "--server.port=0", "--camunda.bpm.process-engine-name=history-scale",
            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
            "--logging.level.org.un.sc1540.workflow.bench=INFO")) {
      MatrixSeasonDriver driver = new MatrixSeasonDriver(app);
      ManagementService management = app.getBean(ManagementService.class);
      HistoryService history = app.getBean(HistoryService.class);
      long generation = System.nanoTime();
      TaskService tasks = app.getBean(TaskService.class);
      for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
        runDueJobs(management);
        ProcessInstance round = driver.runRound(year);
        // The coordinators post the approved matrices; the round, and with it its history, ends.
        Task posting = tasks.createTaskQuery().processInstanceId(round.getId()).singleResult();
        tasks.complete(posting.getId(), Map.of(MatrixCirculation.POSTED_ON, year + "-06-25",
            MatrixCirculation.WEBSITE_URL, "https://www.un.org/en/sc/1540/matrices/" + year));
      }
      runDueJobs(management);
      driver.startRound(FIRST_YEAR + YEARS);
      long historyBefore = history.createHistoricProcessInstanceQuery().count();
      cleanUpHistory(history, management);
      long historyAfter = history.createHistoricProcessInstanceQuery().count();
      double generationSeconds = (System.nanoTime() - generation) / 1e9;

      String base = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
      String expertsFilter = app.getBean(FilterService.class).createFilterQuery().filterName("Group of experts' tasks")
          .singleResult().getId();
      int openYear = FIRST_YEAR + YEARS;
      Map<String, Query> queries = new LinkedHashMap<>();
      queries.put("Tasklist: experts' filter, first page", new Query("expert", "POST",
          "/engine-rest/filter/" + expertsFilter + "/list?firstResult=0&maxResults=15",
          "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"));
      queries.put("Tasklist: experts' filter, count", new Query("expert", "GET",
          "/engine-rest/filter/" + expertsFilter + "/count", null));
      queries.put("Cockpit: process definition statistics", new Query("coordinator", "GET",
          "/engine-rest/process-definition/statistics?failedJobs=true&incidents=true", null));
      queries.put("Cockpit: running instances by business key", new Query("coordinator", "POST",
          "/engine-rest/process-instance?firstResult=0&maxResults=50",
          "{\"processDefinitionKey\":\"StateMatrixReviewProcess\",\"businessKeyLike\":\"MATRIX-" + openYear + "-F%\"}"));
      queries.put("Cockpit: finished instances, newest first", new Query("coordinator", "GET",
          "/engine-rest/history/process-instance?processDefinitionKey=StateMatrixReviewProcess&finished=true"
              + "&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=50", null));
      queries.put("Cockpit: history of one State", new Query("coordinator", "GET",
          "/engine-rest/history/process-instance?processInstanceBusinessKeyLike=MATRIX-%25-FRA&sortBy=startTime"
              + "&sortOrder=desc", null));
      queries.put("Cockpit: tasks of one State's instance", new Query("coordinator", "GET",
          "/engine-rest/task?processInstanceBusinessKey=MATRIX-" + openYear + "-FRA", null));

      Map<String, Object> details = new LinkedHashMap<>();
      details.put("years simulated", YEARS);
      details.put("historic process instances before cleanup", historyBefore);
      details.put("historic process instances after cleanup", historyAfter);
      details.put("generation, s", Math.round(generationSeconds));
      double worstP95 = 0;
      for (Map.Entry<String, Query> query : queries.entrySet()) {
        List<Double> millis = time(base, query.getValue());
        double p50 = percentile(millis, 50);
        double p95 = percentile(millis, 95);
        worstP95 = Math.max(worstP95, p95);
        details.put(query.getKey(), "p50 " + p50 + " ms, p95 " + p95 + " ms");
      }
      BenchResults.record("history", "REST queries of Tasklist and Cockpit after ten years, worst p95",
          worstP95 + " ms", "≤ " + (int) TARGET_P95_MS + " ms", worstP95 <= TARGET_P95_MS, details);
    }
  }

  record Query(String user, String method, String path, String body) {}

  private List<Double> time(String base, Query query) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < WARM_UP + SAMPLES; i++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + query.path()))
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((query.user() + ":demo").getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .method(query.method(), query.body() == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(query.body()))
          .build();
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(query + " answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode answer = json.readTree(response.body());
      if (answer.isArray() && answer.isEmpty() && !query.path().contains("statistics")) {
        throw new IllegalStateException(query + " found nothing: the benchmark would time an empty query");
      }
      if (i >= WARM_UP) {
        millis.add(elapsed);
      }
    }
    return millis;
  }

  /** What the job executor would have done in the meantime: every job due by now (closing comment windows). */
  private static void runDueJobs(ManagementService management) {
    for (Job job : management.createJobQuery().duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
      management.executeJob(job.getId());
    }
  }

  /** Runs the cleanup job until two runs in a row remove nothing (it works in batches, one category a run). */
  private static void cleanUpHistory(HistoryService history, ManagementService management) {
    history.cleanUpHistoryAsync(true);
    int idleRuns = 0;
    for (int run = 0; run < 200 && idleRuns < 2; run++) {
      long before = history.createHistoricProcessInstanceQuery().count();
      management.executeJob(history.findHistoryCleanupJobs().get(0).getId());
      idleRuns = history.createHistoricProcessInstanceQuery().count() == before ? idleRuns + 1 : 0;
    }
  }

  private static double percentile(List<Double> values, int percentile) {
    List<Double> sorted = values.stream().sorted().toList();
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return Math.round(sorted.get(Math.max(0, index)) * 10) / 10.0;
  }
}

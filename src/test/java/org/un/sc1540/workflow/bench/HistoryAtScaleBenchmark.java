package org.un.sc1540.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.un.sc1540.workflow.CommitteeWorkflowApplication;

/**
 * Ten simulated years on the default run's H2 file database — ten matrix rounds of 193 States,
 * each played to its end and posted, the comments windows closing, Camunda's history cleanup
 * running every simulated year and removing what is older than the processes' five-year history
 * time to live — with the REST queries that Tasklist and Cockpit send, as the users who send them,
 * timed from outside after the first year and after the tenth, each time with the next round open
 * (193 tasks):
 * <ul>
 *   <li>{@code historyGrowthRatio}: the worst p95 after ten years over the worst p95 after one;
 *   <li>{@code historyP95Ms}: that worst p95 after ten years;
 *   <li>{@code h2FileMiB}: the size of the H2 file after the ten years, while the application runs.
 * </ul>
 */
class HistoryAtScaleBenchmark {

  static final double TARGET_GROWTH = 1.3;
  static final double TARGET_P95_MS = 50;
  static final double TARGET_FILE_MIB = 200;
  static final int FIRST_YEAR = 2030;
  static final int YEARS = 10;
  static final int WARM_UP = 20;
  static final int SAMPLES = 60;

  private static final Logger LOG = LoggerFactory.getLogger(HistoryAtScaleBenchmark.class);

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tasklistAndCockpitQueriesAndTheH2FileOverTenYearsOfHistory() throws Exception {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommitteeWorkflowApplication.class)
        .run("--spring.profiles.active=bench", "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
            "--logging.level.org.un.sc1540.workflow.bench=INFO",
            "--logging.level.org.un.sc1540.workflow.config.H2Housekeeping=DEBUG")) {
      MatrixRoundDriver driver = new MatrixRoundDriver(app);
      HistoryService history = app.getBean(HistoryService.class);
      ManagementService management = app.getBean(ManagementService.class);
      Path file = Path.of(app.getBean(JdbcClient.class).sql("CALL DATABASE_PATH()").query(String.class).single()
          + ".mv.db");
      long generation = System.nanoTime();
      Map<String, Object> fileByYear = new LinkedHashMap<>();
      Map<String, Object> oneYear = null;
      double oneYearWorst = 0;
      double largestMiB = 0;
      for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
        ProcessInstance round = driver.startRound(year);
        if (year == FIRST_YEAR + 1) {
          oneYear = timeQueries(app, year);
          oneYearWorst = (double) oneYear.remove("worst p95, ms");
        }
        driver.playRound(round, year);
        driver.post(round, year);
        // The rest of the year: comments windows closing, and the nightly history cleanup.
        EngineDriver.at(LocalDate.of(year, 12, 31), 1, 0);
        driver.engine().runDueJobs(job -> true);
        cleanUpHistory(history, management);
        double mib = Files.size(file) / 1048576.0;
        largestMiB = Math.max(largestMiB, mib);
        fileByYear.put(Integer.toString(year), BenchResults.round(mib));
        LOG.info("[bench] history: year {} done after {} s, H2 file {} MiB", year,
            Math.round((System.nanoTime() - generation) / 1e9), Math.round(mib));
      }
      driver.startRound(FIRST_YEAR + YEARS);
      double generationSeconds = (System.nanoTime() - generation) / 1e9;
      long historicInstances = history.createHistoricProcessInstanceQuery().count();

      double afterGenerationMiB = BenchResults.round(Files.size(file) / 1048576.0);
      Map<String, Object> tenYears = timeQueries(app, FIRST_YEAR + YEARS);
      double worst = (double) tenYears.remove("worst p95, ms");
      // The application keeps running: its housekeeping gets two of its runs before the file is measured.
      Duration housekeeping = app.getEnvironment().getProperty("committee.database.h2-housekeeping-interval",
          Duration.class, Duration.ofSeconds(30));
      Thread.sleep(2 * housekeeping.toMillis() + 5_000);
      double fileMiB = BenchResults.round(Files.size(file) / 1048576.0);
      double compactedMiB = compactedCopy(file);
      Map<String, Object> breakdown = H2Breakdown.largest(H2Breakdown.of(app.getBean(DataSource.class)), 15);
      LOG.info("[bench] history: what the H2 file's data is made of: {}", breakdown);

      Map<String, Object> common = new LinkedHashMap<>();
      common.put("years simulated", YEARS);
      common.put("historic process instances at the end (cleanup ran every year)", historicInstances);
      common.put("generation, s", Math.round(generationSeconds));
      common.put("calls per query", WARM_UP + " warm-up, then " + SAMPLES + " timed");
      common.put("load average (1 min) at the end", BenchResults.loadAverage());

      Map<String, Object> growth = new LinkedHashMap<>(common);
      growth.put("worst p95 after one year, ms", oneYearWorst);
      growth.put("worst p95 after ten years, ms", worst);
      growth.put("after one year (round " + (FIRST_YEAR + 1) + " open)", oneYear);
      growth.put("after ten years (round " + (FIRST_YEAR + YEARS) + " open)", tenYears);
      BenchResults.record("historyGrowthRatio", BenchResults.round(worst / oneYearWorst), BenchResults.Goal.AT_MOST,
          TARGET_GROWTH, "×", growth);

      Map<String, Object> p95 = new LinkedHashMap<>(common);
      p95.put("queries after ten years", tenYears);
      BenchResults.record("historyP95Ms", worst, BenchResults.Goal.AT_MOST, TARGET_P95_MS, "ms", p95);

      Map<String, Object> size = new LinkedHashMap<>(common);
      size.put("file", "H2 file of the bench profile, the default run's settings (WRITE_DELAY=0, COMPRESS=TRUE, H2Housekeeping)");
      size.put("measured", "after the ten years and the queries, the application running, two housekeeping intervals "
          + "(" + housekeeping.multipliedBy(2) + ") after the last write");
      size.put("right after the ten years' last write, MiB", afterGenerationMiB);
      size.put("largest at a year's end, MiB", BenchResults.round(largestMiB));
      size.put("at each year's end (after the history cleanup), MiB", fileByYear);
      size.put("the same data compacted (a copy, MVStoreTool.compact), MiB", compactedMiB);
      size.put("the largest tables and H2 maps (rows and indexes; LOBs over 256 bytes in H2's lob maps)", breakdown);
      BenchResults.record("h2FileMiB", fileMiB, BenchResults.Goal.AT_MOST, TARGET_FILE_MIB, "MiB", size);
    }
  }

  /** The REST queries of Tasklist and Cockpit with round {@code openYear} open; each query's p50 and p95. */
  private Map<String, Object> timeQueries(ConfigurableApplicationContext app, int openYear) throws Exception {
    String base = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
    String expertsFilter = app.getBean(FilterService.class).createFilterQuery().filterName("Group of experts' tasks")
        .singleResult().getId();
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
    Map<String, Object> result = new LinkedHashMap<>();
    double worst = 0;
    for (Map.Entry<String, Query> query : queries.entrySet()) {
      List<Double> millis = time(base, query.getValue());
      double p95 = percentile(millis, 95);
      worst = Math.max(worst, p95);
      result.put(query.getKey(), "p50 " + percentile(millis, 50) + " ms, p95 " + p95 + " ms");
    }
    result.put("worst p95, ms", worst);
    return result;
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

  /** Runs the cleanup job until two runs in a row remove nothing (it works in batches, one category a run). */
  private static void cleanUpHistory(HistoryService history, ManagementService management) {
    history.cleanUpHistoryAsync(true);
    int idleRuns = 0;
    for (int run = 0; run < 400 && idleRuns < 2; run++) {
      long before = history.createHistoricProcessInstanceQuery().count();
      management.executeJob(history.findHistoryCleanupJobs().get(0).getId());
      idleRuns = history.createHistoricProcessInstanceQuery().count() == before ? idleRuns + 1 : 0;
    }
  }

  /** The size the same data takes when compacted offline: a copy of the file, compacted by H2's own tool. */
  private static double compactedCopy(Path file) throws Exception {
    Path dir = Files.createTempDirectory("h2-compacted");
    try {
      Path copy = dir.resolve("copy.mv.db");
      Path compacted = dir.resolve("compacted.mv.db");
      Files.copy(file, copy);
      MVStoreTool.compact(copy.toString(), compacted.toString(), false);
      return BenchResults.round(Files.size(compacted) / 1048576.0);
    } catch (RuntimeException e) {
      return -1;
    } finally {
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  private static double percentile(List<Double> values, int percentile) {
    List<Double> sorted = values.stream().sorted().toList();
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return Math.round(sorted.get(Math.max(0, index)) * 10) / 10.0;
  }
}

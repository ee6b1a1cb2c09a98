package org.un.sc1540.workflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Startup time and resident memory of the Committee's application against a bare Camunda 7.24
 * starter application, both started the same way (same JVM flags, same classpath, H2 file
 * database, ready when Camunda's welcome page answers), alternately, three times each; and the
 * default run's work under {@code -Xmx512m}: a campaign of reminders to all 193 States.
 */
class FootprintBenchmark {

  static final double TARGET_RESTART = 1.1;
  static final double TARGET_RSS = 1.05;
  static final List<String> JVM_FLAGS = List.of("-Xmx512m");
  static final String READY = "/camunda/app/welcome/default/";
  static final int ROUNDS = 3;

  @Test
  void startupAndMemoryAgainstABareCamundaStarter() throws Exception {
    Map<String, List<Double>> figures = new LinkedHashMap<>();
    Path dir = Files.createTempDirectory("footprint");
    try {
      for (int round = 0; round < ROUNDS; round++) {
        measure("bare", "org.un.sc1540.bench.bare.BareCamundaApplication", dir.resolve("bare-" + round), figures);
        measure("committee", "org.un.sc1540.workflow.CommitteeWorkflowApplication", dir.resolve("committee-" + round),
            figures);
      }
      Map<String, Object> details = new LinkedHashMap<>();
      figures.forEach((name, values) -> details.put(name + " (median)", median(values)));
      figures.forEach((name, values) -> details.put(name + " (each round)", values));
      double restartRatio = round(median(figures.get("committee restart, s")) / median(figures.get("bare restart, s")));
      double firstRatio = round(median(figures.get("committee first start, s")) / median(figures.get("bare first start, s")));
      double memoryRatio = round(median(figures.get("committee RSS, MiB")) / median(figures.get("bare RSS, MiB")));
      details.put("first start ratio", firstRatio);
      details.put("JVM flags", JVM_FLAGS);
      details.put("rounds (medians shown)", ROUNDS);
      details.put("ready when", READY + " answers");
      details.put("load average (1 min) at the end", BenchResults.loadAverage());
      details.putAll(campaignUnder512m(dir.resolve("campaign")));
      Map<String, Object> restart = new LinkedHashMap<>(details);
      restart.put("definition", "restart time (an existing H2 file) of the Committee's application / bare Camunda 7.24 "
          + "starter, same classpath and flags, medians of alternate starts");
      BenchResults.record("footprintRestartRatio", restartRatio, BenchResults.Goal.AT_MOST, TARGET_RESTART, "×", restart);
      Map<String, Object> memory = new LinkedHashMap<>(details);
      memory.put("definition", "resident set size (VmRSS) right after the restart, Committee / bare starter");
      BenchResults.record("footprintRssRatio", memoryRatio, BenchResults.Goal.AT_MOST, TARGET_RSS, "×", memory);
    } finally {
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  private static void measure(String name, String mainClass, Path db, Map<String, List<Double>> figures)
      throws Exception {
    List<String> args = List.of("--spring.datasource.url=jdbc:h2:file:" + db.resolve("db"),
        "--committee.mail.embedded.port=0", "--logging.level.root=WARN");
    try (ChildJvm first = ChildJvm.start(mainClass, JVM_FLAGS, args)) {
      figures.computeIfAbsent(name + " first start, s", k -> new ArrayList<>())
          .add(first.awaitReady(READY, Duration.ofMinutes(10)));
    }
    try (ChildJvm restart = ChildJvm.start(mainClass, JVM_FLAGS, args)) {
      figures.computeIfAbsent(name + " restart, s", k -> new ArrayList<>())
          .add(restart.awaitReady(READY, Duration.ofMinutes(10)));
      figures.computeIfAbsent(name + " RSS, MiB", k -> new ArrayList<>()).add(restart.residentMegabytes());
    }
  }

  /** The default run with -Xmx512m: a campaign for every State, 193 reminder cycles and review tasks. */
  private static Map<String, Object> campaignUnder512m(Path db) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    try (ChildJvm app = ChildJvm.start("org.un.sc1540.workflow.CommitteeWorkflowApplication", JVM_FLAGS,
        List.of("--spring.datasource.url=jdbc:h2:file:" + db.resolve("db"), "--committee.mail.embedded.port=0",
            "--logging.level.root=WARN"))) {
      app.awaitReady(READY, Duration.ofMinutes(10));
      // The server answers before the application has deployed its models (ApplicationStartedEvent).
      awaitDefinition(app, "NonReportingStatesProcess", Duration.ofMinutes(5));
      long start = System.nanoTime();
      var started = app.request("POST", "/engine-rest/process-definition/key/NonReportingStatesProcess/start",
          "staff", "demo", "{\"variables\":{\"campaignYear\":{\"value\":2027,\"type\":\"Integer\"}}}");
      if (started.statusCode() != 200) {
        throw new IllegalStateException("Campaign not started: " + started.statusCode() + " " + started.body());
      }
      int tasks = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (tasks < 193 && System.nanoTime() < deadline) {
        var count = app.request("GET", "/engine-rest/task/count?processDefinitionKey=FirstReportReminderProcess",
            "admin", "admin", null);
        tasks = Integer.parseInt(count.body().replaceAll("[^0-9]", ""));
        Thread.sleep(100);
      }
      result.put("-Xmx512m campaign: review tasks created", tasks);
      result.put("-Xmx512m campaign: seconds", round((System.nanoTime() - start) / 1e9));
      result.put("-Xmx512m campaign: RSS after, MiB", round(app.residentMegabytes()));
      if (tasks < 193) {
        throw new IllegalStateException("Only " + tasks + " of 193 review tasks under -Xmx512m:\n" + app.logTail());
      }
    }
    return result;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return round(sorted.get(sorted.size() / 2));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static void awaitDefinition(ChildJvm app, String key, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (app.request("GET", "/engine-rest/process-definition/key/" + key, "staff", "demo", null).statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(key + " not deployed " + timeout + " after the application answered");
      }
      Thread.sleep(100);
    }
  }
}

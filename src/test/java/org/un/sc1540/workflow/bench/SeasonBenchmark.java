package org.un.sc1540.workflow.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.CommitteeWorkflowApplication;
import org.un.sc1540.workflow.PostgresSchema;

/**
 * A whole matrix round for the 193 States against the engine's floor for the same work, on H2 and
 * on PostgreSQL: {@code seasonRatioH2} and {@code seasonRatioPostgres} are the round's wall time
 * over the floor's, both measured in the same application on the same database, one after the
 * other. The floor ({@link EngineFloor}) does exactly what the round did, counted from the
 * engine's history ({@link EngineWork}): the same number of instances, user tasks, timers,
 * messages, jobs, service tasks and gateways, on bare models with no-op delegates.
 *
 * <p>A round of the previous year is played first, unmeasured, so that neither measurement pays
 * the JVM's warm-up.
 */
class SeasonBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(SeasonBenchmark.class);

  static final double TARGET = 1.5;
  static final int YEAR = 2090;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aWholeRoundAgainstTheEnginesFloorOnH2AndPostgresql() throws Exception {
    season("seasonRatioH2", "H2 file database, WRITE_DELAY=0 (the default run's settings)", List.of());
    PostgresSchema schema = PostgresSchema.create("bench");
    try {
      List<String> arguments = new ArrayList<>(schema.applicationArguments());
      arguments.add("--spring.profiles.active=bench,postgres");
      season("seasonRatioPostgres", "PostgreSQL at 127.0.0.1:5432, a schema of its own", arguments);
    } finally {
      schema.drop();
    }
  }

  private void season(String key, String database, List<String> args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--spring.profiles.active=bench", "--server.port=0",
        "--camunda.bpm.process-engine-name=" + key, "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.root=WARN", "--logging.level.org.un.sc1540.workflow.bench=INFO"));
    all.addAll(args);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommitteeWorkflowApplication.class)
        .run(all.toArray(String[]::new))) {
      HistoryService history = app.getBean(HistoryService.class);
      MatrixRoundDriver driver = new MatrixRoundDriver(app);
      long warmUp = System.nanoTime();
      driver.runRound(YEAR - 1);
      LOG.info("[bench] {}: warm-up round in {} s", key, Math.round((System.nanoTime() - warmUp) / 1e9));

      EngineWork before = EngineWork.count(history);
      long start = System.nanoTime();
      ProcessInstance round = driver.runRound(YEAR);
      double roundSeconds = (System.nanoTime() - start) / 1e9;
      EngineWork work = EngineWork.count(history).minus(before);
      long incidents = app.getBean(RuntimeService.class).createIncidentQuery().count();
      if (incidents != 0 || driver.postingTask(round) == null) {
        throw new IllegalStateException(key + ": the round did not end as it should: " + incidents + " incidents");
      }

      LOG.info("[bench] {}: round in {} s, work {}", key, Math.round(roundSeconds), work.asMap());
      EngineWork beforeFloor = EngineWork.count(history);
      double floorSeconds = new EngineFloor(app).run(work);
      EngineWork floorWork = EngineWork.count(history).minus(beforeFloor);
      if (!floorWork.sameWorkAs(work)) {
        throw new IllegalStateException(key + ": the floor did other work than the round: " + floorWork.asMap()
            + " against " + work.asMap());
      }

      // The same floor with the round's letters sent for real: how much of the distance they make.
      long letters = lettersSent(app);
      List<String> states = List.copyOf(app.getBean(RegistryService.class).states().keySet());
      double withLettersSeconds = new EngineFloor(app).run(work, states, Math.toIntExact(letters));

      double ratio = BenchResults.round(roundSeconds / floorSeconds);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("database", database);
      details.put("round, s", BenchResults.round(roundSeconds));
      details.put("floor, s", BenchResults.round(floorSeconds));
      details.put("work (the round's, counted from history; the floor's is the same)", work.asMap());
      details.put("letters sent by the round", letters);
      details.put("floor with the round's letters sent for real, s", BenchResults.round(withLettersSeconds));
      details.put("share of the distance from floor to round that the letters make",
          BenchResults.round((withLettersSeconds - floorSeconds) / (roundSeconds - floorSeconds)));
      details.put("load average (1 min) at the end", BenchResults.loadAverage());
      details.put("threads (jobs, tasks, messages)", EngineDriver.THREADS);
      details.put("definition", "round wall time / floor wall time; the floor does the round's counted work on bare "
          + "models with no-op delegates, no listeners, no forms, one gateway variable, in the same application "
          + "and database right after the round");
      BenchResults.record(key, ratio, BenchResults.Goal.AT_MOST, TARGET, "×", details);
    }
  }

  private static long lettersSent(ConfigurableApplicationContext app) {
    return app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM correspondence WHERE letter_date >= :from")
        .param("from", LocalDate.of(YEAR, 1, 1)).query(Long.class).single();
  }
}

package org.un.sc1540.workflow.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.un.sc1540.workflow.CommitteeWorkflowApplication;
import org.un.sc1540.workflow.PostgresSchema;
import org.un.sc1540.workflow.bench.BenchResults;

/**
 * A whole matrix round for the 193 States — covering notes, the reminder 14 days before the
 * deadline, comments on time and late, the deadline, the Committee's approvals, the round's end —
 * with the clock moved by the harness and every user task completed by it, on H2 and on
 * PostgreSQL. Jobs and tasks run on four threads (MatrixSeasonDriver), as a job executor and a busy
 * secretariat would.
 */
class SeasonBenchmark {

  static final double TARGET_SECONDS = 10;
  static final int YEAR = 2090;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aWholeRoundForAllStatesOnH2AndPostgresql() throws Exception {
    Map<String, Object> details = new LinkedHashMap<>();
    double h2 = season("h2", List.of(), details);
    PostgresSchema schema = PostgresSchema.create("bench");
    double postgres;
    try {
      List<String> arguments = new ArrayList<>(schema.applicationArguments());
      arguments.add("--spring.profiles.active=bench,postgres");
      postgres = season("postgresql", arguments, details);
    } finally {
      schema.drop();
    }
    double worst = Math.max(h2, postgres);
    BenchResults.record("season", "whole matrix round, 193 States, wall time (worst of H2 and PostgreSQL)",
        round(worst) + " s (H2 " + round(h2) + " s, PostgreSQL " + round(postgres) + " s)",
        "≤ " + (int) TARGET_SECONDS + " s", worst <= TARGET_SECONDS, details);
  }

  private double season(String database, List<String> args, Map<String, Object> details) throws Exception {
    List<String> all = new ArrayList<>(List.of("--spring.profiles.active=bench", "--server.port=0",
        "--camunda.bpm.process-engine-name=season-" + database, "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.root=WARN", "--logging.level.org.un.sc1540.workflow.bench=INFO"));
    all.addAll(args);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommitteeWorkflowApplication.class)
        .run(all.toArray(String[]::new))) {
      RuntimeService runtime = app.getBean(RuntimeService.class);
      TaskService tasks = app.getBean(TaskService.class);
      long start = System.nanoTime();
      ProcessInstance round = new MatrixSeasonDriver(app).runRound(YEAR);
      double seconds = (System.nanoTime() - start) / 1e9;

      long ended = app.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
          .processDefinitionKey(StateMatrixReview.PROCESS_KEY).finished().count();
      long incidents = runtime.createIncidentQuery().count();
      boolean atPosting = tasks.createTaskQuery().processInstanceId(round.getId())
          .taskDefinitionKey(MatrixCirculation.TASK_POST_MATRICES).count() == 1;
      if (ended != 193 || incidents != 0 || !atPosting) {
        throw new IllegalStateException(database + ": the round did not end as it should: " + ended
            + " State reviews ended, " + incidents + " incidents, waiting at posting: " + atPosting);
      }
      long instances = app.getBean(HistoryService.class).createHistoricProcessInstanceQuery().count();
      details.put(database + ", s", round(seconds));
      details.put(database + ", process instances", instances);
      details.put(database + ", process instances/s", round(instances / seconds));
      return seconds;
    }
  }


  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}

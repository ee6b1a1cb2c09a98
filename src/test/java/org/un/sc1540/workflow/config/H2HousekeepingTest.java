package org.un.sc1540.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database file stays near its data with {@code WRITE_DELAY=0}. */
class H2HousekeepingTest {

  static final int ROWS = 2_000;
  static final int UPDATES = 10_000;
  static final Duration EVERY_MINUTE = Duration.ofMinutes(1);
  static final Duration BUDGET = Duration.ofSeconds(2);

  @TempDir Path dir;

  @Test
  void aFileWrittenCommitByCommitKeepsItsOldChunksUntilHousekeepingCompactsIt() throws Exception {
    JdbcDataSource dataSource = fileDatabase("kept");
    long live = churn(dataSource, UPDATES);
    long grown = fileSize("kept");
    assertThat(grown).as("file size before housekeeping").isGreaterThan(3 * live);

    H2Housekeeping housekeeping = new H2Housekeeping(dataSource, EVERY_MINUTE, BUDGET);
    // A chunk freed by one run is overwritten by a later one, once newer commits have been written.
    H2Housekeeping.Run first = housekeeping.runOnce();
    for (int run = 0; run < 3; run++) {
      JdbcClient.create(dataSource).sql("UPDATE churn SET version = version + 0 WHERE id = 1").update();
      housekeeping.runOnce();
    }

    assertThat(first.compacted()).isTrue();
    assertThat(fileSize("kept")).as("file size after housekeeping, grown to %d bytes first", grown)
        .isLessThan(grown / 2).isLessThan(2 * live + H2Housekeeping.SLACK_BYTES);
    assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) || '/' || SUM(version) FROM churn")
        .query(String.class).single()).isEqualTo(ROWS + "/" + UPDATES);
  }

  /** After the writes stop, one scheduled run brings the file back near its data by itself. */
  @Test
  void oneRunBringsAQuietFileBackNearItsData() throws Exception {
    JdbcDataSource dataSource = fileDatabase("quiet");
    long live = churn(dataSource, UPDATES);
    long grown = fileSize("quiet");
    assertThat(grown).as("file size before housekeeping").isGreaterThan(3 * live);

    // A budget so small that one compaction moves only a step of the file.
    H2Housekeeping housekeeping = new H2Housekeeping(dataSource, EVERY_MINUTE, java.time.Duration.ofMillis(1));
    H2Housekeeping.Run first = housekeeping.runOnce();
    assertThat(first.sizeAfter()).as("after a single step").isGreaterThan(2 * live + H2Housekeeping.SLACK_BYTES);

    H2Housekeeping.Run run = housekeeping.runUntilNearItsData(java.time.Duration.ofMinutes(1));

    assertThat(run.compacted()).isTrue();
    assertThat(fileSize("quiet")).as("file size after one run, grown to %d bytes first", grown)
        .isLessThan(2 * live + H2Housekeeping.SLACK_BYTES);
    assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) || '/' || SUM(version) FROM churn")
        .query(String.class).single()).isEqualTo(ROWS + "/" + UPDATES);
  }

  /**
   * A run that rewrites sparse chunks may leave the file as long as it was (H2 cuts it only once the
   * chunks at its end are free): the job keeps going while the runs raise H2's fill rates. Stopping
   * at the first run that did not shrink the file left the ten-year benchmark's file at 1,830 MiB.
   */
  @Test
  void runsThatRewriteChunksWithoutShrinkingTheFileYetAreFollowedByMoreRuns() throws Exception {
    long mib = 1L << 20;
    Scripted housekeeping = new Scripted(
        new H2Housekeeping.Run(1830 * mib, 1830 * mib, 236 * mib, true, true),
        new H2Housekeeping.Run(1830 * mib, 1830 * mib, 236 * mib, true, true),
        new H2Housekeeping.Run(1830 * mib, 1210 * mib, 236 * mib, true, true),
        new H2Housekeeping.Run(1210 * mib, 320 * mib, 236 * mib, true, true));

    H2Housekeeping.Run last = housekeeping.runUntilNearItsData(Duration.ofMinutes(1));

    assertThat(housekeeping.runs).isEqualTo(4);
    assertThat(last.sizeAfter()).isEqualTo(320 * mib);
  }

  @Test
  void runsThatGetNowhereStopUntilTheNextInterval() throws Exception {
    long mib = 1L << 20;
    H2Housekeeping.Run nowhere = new H2Housekeeping.Run(900 * mib, 900 * mib, 100 * mib, true, false);
    Scripted housekeeping = new Scripted(nowhere, nowhere, nowhere, nowhere, nowhere);

    housekeeping.runUntilNearItsData(Duration.ofMinutes(1));

    assertThat(housekeeping.runs).isEqualTo(H2Housekeeping.RUNS_WITHOUT_PROGRESS);
  }

  /** Housekeeping whose runs are given, to check when it runs again; no database. */
  private static final class Scripted extends H2Housekeeping {
    private final H2Housekeeping.Run[] script;
    int runs;

    Scripted(H2Housekeeping.Run... script) {
      super(null, EVERY_MINUTE, Duration.ofMillis(1));
      this.script = script;
    }

    @Override
    Run runOnce() {
      return script[runs++];
    }
  }

  @Test
  void aFileNearItsDataIsLeftAlone() throws Exception {
    JdbcDataSource dataSource = fileDatabase("small");
    JdbcClient.create(dataSource).sql("CREATE TABLE t (id INT PRIMARY KEY)").update();

    H2Housekeeping.Run run = new H2Housekeeping(dataSource, EVERY_MINUTE, BUDGET).runOnce();

    assertThat(run.compacted()).isFalse();
    assertThat(run.sizeAfter()).isEqualTo(run.sizeBefore());
  }

  @Test
  void aCommitAfterHousekeepingSurvivesACrash() throws Exception {
    JdbcDataSource dataSource = fileDatabase("durable");
    churn(dataSource, 500);
    new H2Housekeeping(dataSource, EVERY_MINUTE, BUDGET).runOnce();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("UPDATE churn SET payload = 'last' WHERE id = 1").update();

    // SHUTDOWN IMMEDIATELY closes the database as a killed process would: nothing more is written.
    jdbc.sql("SHUTDOWN IMMEDIATELY").update();

    assertThat(jdbc.sql("SELECT payload FROM churn WHERE id = 1").query(String.class).single()).isEqualTo("last");
  }

  @Test
  void anInMemoryDatabaseIsLeftAlone() throws Exception {
    JdbcDataSource memory = new JdbcDataSource();
    memory.setURL("jdbc:h2:mem:housekeeping;DB_CLOSE_DELAY=-1");

    assertThat(new H2Housekeeping(memory, EVERY_MINUTE, BUDGET).runOnce()).isNull();
  }

  /** The default run's durability (WRITE_DELAY=0), in a file of the test's own. */
  private JdbcDataSource fileDatabase(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return dataSource;
  }

  /** ROWS rows of 1 KB, then single-row updates, each its own commit; returns the live data's size in bytes. */
  private static long churn(JdbcDataSource dataSource, int updates) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("CREATE TABLE churn (id INT PRIMARY KEY, version INT, payload VARCHAR(2000))").update();
    String payload = "x".repeat(1000);
    jdbc.sql("INSERT INTO churn SELECT X, 0, :payload FROM SYSTEM_RANGE(1, " + ROWS + ")").param("payload", payload)
        .update();
    for (int i = 0; i < updates; i++) {
      jdbc.sql("UPDATE churn SET version = version + 1, payload = :payload WHERE id = :id")
          .param("payload", payload.substring(i % 10)).param("id", 1 + i % ROWS).update();
    }
    return (long) ROWS * 1000;
  }

  private long fileSize(String name) throws Exception {
    return Files.size(dir.resolve(name + ".mv.db"));
  }
}

package org.un.sc1540.workflow.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 database file near the size of its data.
 *
 * <p>The default run asks H2 for {@code WRITE_DELAY=0}, so that a crash cannot lose a commit (a
 * letter the SMTP server accepted must stay in the register). H2 then writes every commit as a new
 * chunk of its copy-on-write store at once, and starts no background writer; but the background
 * writer is what frees superseded chunks and compacts the file. Without it the file only grows:
 * 4.6 GB for 82 MB of data after ten simulated years, and a synthetic churn of 12 MB of rows grew
 * to 2.3 GB in two minutes. (With H2's default delay of 500 ms the same churn still reached 282 MB:
 * its background compaction gives up under a steady load, because it only tries the store lock.)
 *
 * <p>This job checks the file every {@code committee.database.h2-housekeeping-interval} (30 s)
 * and, when it is more than twice its live data, compacts it, run after run (a budget's pause
 * between them) while the runs get somewhere, for up to half the interval, with H2's own online compaction
 * ({@code MVStore.compactFile}): sparse chunks are rewritten, dead ones freed, the rest moved
 * towards the start and the file truncated. A run holds H2's store lock for about its time budget
 * ({@code committee.database.h2-compaction-budget}, 500 ms, checked between 16 MB steps), so
 * commits wait that long; they are still written at once. H2 compacts with a retention time of
 * zero (a freed chunk may be overwritten at once); the job gives the store back its retention time
 * afterwards.
 *
 * <p>It acts only on an H2 file database; with PostgreSQL it finds no H2 store and stops.
 */
@Component
class H2Housekeeping implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);
  /** A file within this much of twice its live data is left alone. */
  static final long SLACK_BYTES = 16L * 1024 * 1024;
  /** Runs in a row that neither shrink the file nor raise its fill rates before a job gives up until the next interval. */
  static final int RUNS_WITHOUT_PROGRESS = 3;

  private final DataSource dataSource;
  private final Duration interval;
  private final Duration budget;
  private ScheduledExecutorService scheduler;
  private volatile boolean disabled;

  H2Housekeeping(DataSource dataSource,
      @Value("${committee.database.h2-housekeeping-interval:PT30S}") Duration interval,
      @Value("${committee.database.h2-compaction-budget:PT0.5S}") Duration budget) {
    this.dataSource = dataSource;
    this.interval = interval;
    this.budget = budget;
  }

  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (scheduler != null || interval.isZero() || interval.isNegative() || !isH2File()) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "h2-housekeeping");
      thread.setDaemon(true);
      return thread;
    });
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
    LOG.info("H2 file housekeeping every {}", interval);
  }

  @Override
  public synchronized void destroy() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  /**
   * What one run found and did: the file's size before and after, in bytes, its live data, whether
   * it compacted, and whether that compaction got anywhere: the file shrank, or H2 found more of it
   * in use or more of its chunks live (chunks rewritten and freed, to be cut off by a later run).
   */
  record Run(long sizeBefore, long sizeAfter, long liveBytes, boolean compacted, boolean progressed) {}

  /**
   * One run: compacts the file if it is more than twice its live data. Returns null when the
   * database is not an H2 file.
   */
  Run runOnce() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      Database database = h2FileDatabase(connection);
      if (database == null) {
        return null;
      }
      MVStore store = database.getStore().getMvStore();
      FileStore<?> file = store.getFileStore();
      if (file == null || store.isClosed() || store.isReadOnly()) {
        return null;
      }
      long before = file.size();
      int fillRate = file.getFillRate();
      int chunksFillRate = file.getChunksFillRate();
      long live = before * fillRate / 100 * chunksFillRate / 100;
      if (before <= 2 * live + SLACK_BYTES) {
        return new Run(before, before, live, false, false);
      }
      int retention = store.getRetentionTime();
      try {
        store.compactFile((int) budget.toMillis());
      } finally {
        store.setRetentionTime(retention);
      }
      long after = file.size();
      boolean progressed = after < before || file.getFillRate() > fillRate || file.getChunksFillRate() > chunksFillRate;
      return new Run(before, after, live, true, progressed);
    }
  }

  /**
   * Runs again while the file is still over twice its data and the runs get somewhere, for at most
   * {@code limit}, pausing between runs at least as long as the last run took (and at least a
   * budget) so that commits go on: a file far over its data (a busy hour, an import) comes back near
   * it within one interval instead of 500 ms a time. (H2 checks the budget between 16 MB steps; on
   * a loaded machine one step took seconds.)
   *
   * <p>A run that rewrites sparse chunks often leaves the file as long as it was: H2 cuts the file
   * only once the chunks at its end are free or moved, which may take several runs (measured on
   * the ten-year benchmark's file, 1,830 MiB for 236 MiB of data: three runs without a byte less,
   * then 1,210 MiB; two more without, then 320 MiB). So a run counts as progress when it shrinks the
   * file or raises H2's fill rates, and the job stops after {@value #RUNS_WITHOUT_PROGRESS} runs in
   * a row without any. (Stopping at the first run that did not shrink the file left that file at
   * 1,830 MiB for good.)
   *
   * @return the last run, or null when the database is not an H2 file
   */
  Run runUntilNearItsData(Duration limit) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    int withoutProgress = 0;
    long started = System.nanoTime();
    Run run = runOnce();
    long took = System.nanoTime() - started;
    while (run != null && run.compacted() && run.sizeAfter() > 2 * run.liveBytes() + SLACK_BYTES
        && System.nanoTime() < deadline) {
      withoutProgress = run.progressed() ? 0 : withoutProgress + 1;
      if (withoutProgress >= RUNS_WITHOUT_PROGRESS) {
        break;
      }
      // Commits wait while a run holds the store lock: they get at least as long between runs.
      Thread.sleep(Math.max(budget.toMillis(), took / 1_000_000));
      started = System.nanoTime();
      run = runOnce();
      took = System.nanoTime() - started;
    }
    return run;
  }

  private void runQuietly() {
    if (disabled) {
      return;
    }
    try {
      Run run = runUntilNearItsData(interval.dividedBy(2));
      if (run == null) {
        disabled = true;
      } else if (run.compacted()) {
        LOG.debug("H2 file compacted from {} MiB to {} MiB ({} MiB live)", run.sizeBefore() >> 20,
            run.sizeAfter() >> 20, run.liveBytes() >> 20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException | RuntimeException e) {
      // The next run tries again; a compaction that did not finish leaves the data as it was.
      LOG.warn("H2 file housekeeping failed: {}", e.toString());
    }
  }

  private boolean isH2File() {
    try (Connection connection = dataSource.getConnection()) {
      return h2FileDatabase(connection) != null;
    } catch (SQLException e) {
      return false;
    }
  }

  private static Database h2FileDatabase(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)) {
      return null;
    }
    if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return null;
    }
    Database database = session.getDatabase();
    return database.isPersistent() && database.getStore() != null ? database : null;
  }
}

package org.un.sc1540.workflow.faults;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition outside this JVM (another JVM's HTTP port, its job executor's progress):
 * checks it every {@link #INTERVAL}, and fails with diagnostics after the timeout. Engine time is
 * never waited for this way: in-process tests move the engine clock instead.
 */
final class Poll {

  static final Duration INTERVAL = Duration.ofMillis(250);

  private Poll() {}

  static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> diagnostics) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + what + "\n"
            + diagnostics.get());
      }
      try {
        Thread.sleep(INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting until " + what, e);
      }
    }
  }
}

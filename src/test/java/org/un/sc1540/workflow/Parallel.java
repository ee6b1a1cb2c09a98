package org.un.sc1540.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a step for many items on a few threads, as a job executor or a busy office would. */
public final class Parallel {

  public interface Step<T> {
    void run(T item) throws Exception;
  }

  private Parallel() {}

  /** Runs the step for every item and fails with the first exception any of them threw. */
  public static <T> void forEach(List<T> items, int threads, Step<T> step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> results = new ArrayList<>();
      for (T item : items) {
        Callable<Void> call = () -> {
          step.run(item);
          return null;
        };
        results.add(pool.submit(call));
      }
      for (Future<Void> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

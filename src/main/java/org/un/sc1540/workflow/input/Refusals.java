package org.un.sc1540.workflow.input;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The last refusal the engine rules or a service threw on this thread. Some of Camunda's REST
 * resources answer an engine exception with a new 500 that keeps only its message; the REST error
 * mapper recognises the refusal by that message and answers it with its own status instead.
 */
public final class Refusals {

  private static final ThreadLocal<ProcessEngineException> LAST = new ThreadLocal<>();

  private Refusals() {}

  public static <E extends ProcessEngineException> E remember(E refusal) {
    LAST.set(refusal);
    return refusal;
  }

  /** The refusal whose message this is, if it was the last one on this thread; forgotten once asked. */
  public static ProcessEngineException withMessage(String message) {
    ProcessEngineException last = LAST.get();
    LAST.remove();
    return last != null && last.getMessage() != null && last.getMessage().equals(message) ? last : null;
  }
}

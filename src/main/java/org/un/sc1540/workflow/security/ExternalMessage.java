package org.un.sc1540.workflow.security;

import java.util.List;
import java.util.Set;

/**
 * A message that people and other systems send into the Committee's processes through the engine
 * REST API ({@code POST /engine-rest/message}) — a State's report, its comments on a matrix, an
 * offer of assistance. Each feature declares its messages as beans of this type; the engine rules
 * ({@link EngineRules}) let a non-administrator correlate only these, and only as declared: named
 * by their correlation keys (or by the instance's business key, where {@code byBusinessKey}), with
 * no other variables than the payload listed. Every other message is the application's own.
 *
 * @param name the message name (a contract: other systems rely on it)
 * @param correlationKeys process variables that must be named in {@code correlationKeys} (e.g.
 *     {@code stateCode}, or {@code stateCode} and {@code reviewYear}); a {@code stateCode} must be a
 *     Member State
 * @param byBusinessKey whether the message may name its instance by business key instead
 * @param payload the only variables the message may carry ({@code processVariables})
 * @param keysTravel whether the correlation keys are also handed to the process as variables, for a
 *     message that may start a process (a message start event sees no correlation keys)
 */
public record ExternalMessage(String name, List<String> correlationKeys, boolean byBusinessKey, Set<String> payload,
    boolean keysTravel) {

  public ExternalMessage {
    correlationKeys = List.copyOf(correlationKeys);
    payload = Set.copyOf(payload);
  }

  /** A message about one State's instance, e.g. {@code NationalReportReceived} by {@code stateCode}. */
  public static ExternalMessage byKeys(String name, List<String> correlationKeys, Set<String> payload) {
    return new ExternalMessage(name, correlationKeys, false, payload, false);
  }

  /** A message addressed to the instance of a business key, e.g. {@code ASSIST-FRA-2027-1}. */
  public static ExternalMessage byBusinessKey(String name, Set<String> payload) {
    return new ExternalMessage(name, List.of(), true, payload, false);
  }

  /** The same message whose correlation keys also travel as variables (it may start a process). */
  public ExternalMessage keysTravelling() {
    return new ExternalMessage(name, correlationKeys, byBusinessKey, payload, true);
  }
}

package org.un.sc1540.workflow.assistance;

/** How a request ended. */
public enum Outcome {
  /** The assistance was delivered as requested. */
  DELIVERED,
  /** Part of what was requested was delivered. */
  PARTLY_DELIVERED,
  /** Matched, but nothing was delivered. */
  NOT_DELIVERED,
  /** No provider was found; closed by the coordinators. */
  UNMATCHED,
  /** The State withdrew its request. */
  WITHDRAWN
}

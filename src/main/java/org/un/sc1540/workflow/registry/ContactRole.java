package org.un.sc1540.workflow.registry;

public enum ContactRole {
  /** The State's Permanent Mission to the United Nations in New York: the addressee of notes verbales. */
  MISSION,
  /** A national point of contact for resolution 1540: in copy of every letter. */
  POC
}

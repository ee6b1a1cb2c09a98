package org.un.sc1540.workflow.assistance;

/** The requesting State's consent to the circulation of its request to providers. */
public enum Consent {
  PENDING, GIVEN, REFUSED
}

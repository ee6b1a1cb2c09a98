package org.un.sc1540.workflow.registry;

/** What a State sent the Committee on implementing resolution 1540. */
public enum SubmissionKind {
  FIRST_REPORT,
  ADDITIONAL_INFORMATION
}

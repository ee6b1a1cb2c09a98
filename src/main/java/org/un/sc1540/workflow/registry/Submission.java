package org.un.sc1540.workflow.registry;

import java.time.LocalDate;

/** A national report or additional information received from a State. */
public record Submission(String stateCode, SubmissionKind kind, LocalDate receivedOn, String reference) {}

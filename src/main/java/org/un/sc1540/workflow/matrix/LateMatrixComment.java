package org.un.sc1540.workflow.matrix;

import java.time.Instant;
import java.time.LocalDate;

/** Comments a State sent after its matrix was approved, kept for the next round. */
public record LateMatrixComment(long id, int reviewYear, String stateCode, LocalDate receivedOn, String reference,
    String processInstanceId, String recordedBy, Instant recordedAt) {}

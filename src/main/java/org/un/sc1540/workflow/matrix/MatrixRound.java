package org.un.sc1540.workflow.matrix;

import java.time.Instant;
import java.time.LocalDate;

/** A circulation round as the matrix_round table keeps it. */
public record MatrixRound(String processInstanceId, int reviewYear, boolean open, LocalDate commentDeadline,
    int stateCount, String startedBy, Instant startedAt, Instant closedAt) {}

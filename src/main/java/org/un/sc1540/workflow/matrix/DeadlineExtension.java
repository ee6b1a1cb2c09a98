package org.un.sc1540.workflow.matrix;

import java.time.Instant;
import java.time.LocalDate;

/** One extension of a State's comment deadline (a row of matrix_deadline_extension). */
public record DeadlineExtension(long id, String reviewProcessInstanceId, int reviewYear, String stateCode,
    LocalDate previousDeadline, LocalDate newDeadline, String reason, String extendedBy, Instant extendedAt) {}

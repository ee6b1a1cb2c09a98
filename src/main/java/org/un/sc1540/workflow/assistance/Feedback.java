package org.un.sc1540.workflow.assistance;

import java.time.Instant;
import java.time.LocalDate;

/** Feedback on how a request was carried out (2663 §20). */
public record Feedback(long id, long requestId, Party from, LocalDate receivedOn, String summary, Instant recordedAt,
    String recordedBy) {}

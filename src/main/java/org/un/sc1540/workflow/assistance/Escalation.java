package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;

/** An unmatched request raised with the coordinators, and what they decided. */
public record Escalation(long id, long requestId, LocalDate escalatedOn, LocalDate decidedOn, String decision,
    String raisedAt, LocalDate keepUntil, String notes, String decidedBy) {}

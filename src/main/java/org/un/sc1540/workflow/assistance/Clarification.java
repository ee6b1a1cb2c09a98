package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;

/** One round of clarification asked of the requesting State. */
public record Clarification(long id, long requestId, int round, String questions, LocalDate askedOn, String askedBy,
    LocalDate dueOn, LocalDate reminderSentOn, LocalDate answeredOn, String outcome, String answerSummary,
    String recordedBy) {}

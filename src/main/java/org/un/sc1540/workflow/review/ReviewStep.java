package org.un.sc1540.workflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One step of a year's review: where the schedule put it, where it is now, and its outcome. */
record ReviewStep(int reviewYear, String stepId, int sortOrder, String label, String annexItem, WorkingGroup group,
    StepKind kind, DueRule dueRule, List<String> waitsFor, int scheduleMonth, int month, Instant releaseAt,
    Instant dueAt, Instant releasedAt, Instant completedAt, String completedBy, LocalDate outcomeDate,
    String documentReference, String decision, String conclusions, boolean ifNecessary, String notNeededReason) {

  ReviewStep {
    waitsFor = List.copyOf(waitsFor);
  }

  boolean isReleased() {
    return releasedAt != null;
  }

  /** Done: carried out, or (an "if necessary" step) marked not needed. */
  boolean isDone() {
    return completedAt != null;
  }

  /** The step as done on a given day by what another process recorded (not this row). */
  ReviewStep doneBy(Instant at, LocalDate on, String reference, String decision) {
    return new ReviewStep(reviewYear, stepId, sortOrder, label, annexItem, group, kind, dueRule, waitsFor,
        scheduleMonth, month, releaseAt, dueAt, releasedAt, at, null, on, reference, decision, conclusions,
        ifNecessary, notNeededReason);
  }

  boolean isNotNeeded() {
    return notNeededReason != null;
  }
}

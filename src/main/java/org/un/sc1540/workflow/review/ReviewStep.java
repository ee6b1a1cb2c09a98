package org.un.sc1540.workflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One step of a year's review: where the schedule put it, where it is now, and its outcome. */
record ReviewStep(int reviewYear, String stepId, int sortOrder, String label, String annexItem, WorkingGroup group,
    StepKind kind, DueRule dueRule, List<String> waitsFor, int scheduleMonth, int month, Instant releaseAt,
    Instant dueAt, Instant releasedAt, Instant completedAt, String completedBy, LocalDate outcomeDate,
    String documentReference, String decision, String conclusions) {

  ReviewStep {
    waitsFor = List.copyOf(waitsFor);
  }

  boolean isReleased() {
    return releasedAt != null;
  }

  boolean isDone() {
    return completedAt != null;
  }
}

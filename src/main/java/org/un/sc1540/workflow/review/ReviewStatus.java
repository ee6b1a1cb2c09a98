package org.un.sc1540.workflow.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Where a year's review stands: every step with its group, month, dates and state (GET /api/review/{year}/status). */
public record ReviewStatus(int reviewYear, String businessKey, String processInstanceId, String status,
    LocalDate reportDueDate, boolean precedesMandateRenewal, int scheduleVersion, OffsetDateTime asOf,
    int stepsDone, int stepsOverdue, List<Step> steps, List<Change> changes) {

  /** A step's state: its month has not begun; it waits for other steps; it is under way; it is done. */
  public enum State { WAITING_FOR_MONTH, WAITING_FOR_PREREQUISITES, IN_PROGRESS, DONE }

  public record Step(String stepId, String label, String workingGroup, String workingGroupTitle, String kind,
      int scheduleMonth, int month, OffsetDateTime releaseDate, OffsetDateTime dueDate, State state, boolean done,
      boolean overdue, List<String> waitsFor, OffsetDateTime releasedAt, OffsetDateTime completedAt,
      String completedBy, LocalDate outcomeDate, String documentReference, String decision, String annexItem,
      boolean ifNecessary, String notNeededReason) {}

  public record Change(String stepId, int fromMonth, int toMonth, String reason, String changedBy, OffsetDateTime changedAt) {}
}

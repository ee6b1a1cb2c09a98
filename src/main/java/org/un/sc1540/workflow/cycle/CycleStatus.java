package org.un.sc1540.workflow.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Where a year's cycle stands: every step with its dates, group, state and outcome (GET /api/cycle/{year}). */
public record CycleStatus(int year, String businessKey, String processInstanceId, String status, OffsetDateTime asOf,
    List<Step> steps) {

  /** Not released yet; released and not done; past its due date and not done; done. */
  public enum State { NOT_YET, OPEN, OVERDUE, DONE }

  /**
   * One step. {@code linkedTo}: where another process of the year holds the step (no task of the
   * cycle's own); {@code related}: where its figures come from (the assistance register's update).
   */
  public record Step(String stepId, String label, String group, OffsetDateTime releaseDate, OffsetDateTime dueDate,
      State state, String linkedTo, String related, OffsetDateTime releasedAt, OffsetDateTime completedAt,
      String completedBy, LocalDate outcomeDate, String documentSymbol, String decision) {}
}

package org.un.sc1540.workflow.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review tables (V30, V95, V96). Instants are stored with their offset (UTC), whatever the server's zone. */
@Repository
class ReviewRepository {

  private static final String STEP_COLUMNS = "review_year, step_id, sort_order, label, annex_item, working_group, kind, "
      + "due_rule, waits_for, schedule_month, step_month, release_at, due_at, released_at, completed_at, completed_by, "
      + "outcome_date, document_reference, decision, conclusions, if_necessary, not_needed_reason";

  private final JdbcClient jdbc;

  ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Review> findReview(int year) {
    return jdbc.sql("SELECT * FROM review WHERE review_year = :year").param("year", year)
        .query(ReviewRepository::review).optional();
  }

  /** Every year's review, the latest year first. */
  List<Review> findAll() {
    return jdbc.sql("SELECT * FROM review ORDER BY review_year DESC").query(ReviewRepository::review).list();
  }

  Optional<Review> findReviewByProcessInstance(String processInstanceId) {
    return jdbc.sql("SELECT * FROM review WHERE process_instance_id = :id").param("id", processInstanceId)
        .query(ReviewRepository::review).optional();
  }

  void insertReview(Review review) {
    jdbc.sql("INSERT INTO review (review_year, process_instance_id, report_due_date, precedes_mandate_renewal, "
            + "state_codes, schedule_version, status, started_by, started_at, postponement_reference) VALUES (:year, "
            + ":pid, :due, :renewal, :states, :version, :status, :by, :at, :postponement)")
        .param("year", review.reviewYear())
        .param("pid", review.processInstanceId())
        .param("due", review.reportDueDate())
        .param("renewal", review.precedesMandateRenewal())
        .param("states", review.stateCodes())
        .param("version", review.scheduleVersion())
        .param("status", review.status().name())
        .param("by", review.startedBy())
        .param("at", utc(review.startedAt()))
        .param("postponement", review.postponementReference())
        .update();
  }

  /**
   * Locks the review's row until the transaction ends, so that the steps of one review (processes
   * of their own) record their outcomes one after the other.
   */
  void lockReview(int year) {
    jdbc.sql("SELECT review_year FROM review WHERE review_year = :year FOR UPDATE").param("year", year)
        .query(Integer.class).optional();
  }

  /** Removes a cancelled review's steps and the review itself, so that its year can start again. */
  void deleteReview(int year) {
    jdbc.sql("DELETE FROM review_step_change WHERE review_year = :year").param("year", year).update();
    jdbc.sql("DELETE FROM review_step WHERE review_year = :year").param("year", year).update();
    jdbc.sql("DELETE FROM review WHERE review_year = :year").param("year", year).update();
  }

  /** Ends a running review; false when it was not running (already ended by another path). */
  boolean endReview(int year, String processInstanceId, Review.Status status, Instant at) {
    return jdbc.sql("UPDATE review SET status = :status, ended_at = :at WHERE review_year = :year "
            + "AND process_instance_id = :pid AND status = 'RUNNING'")
        .param("status", status.name()).param("at", utc(at)).param("year", year).param("pid", processInstanceId)
        .update() == 1;
  }

  void insertStep(ReviewStep step) {
    jdbc.sql("INSERT INTO review_step (review_year, step_id, sort_order, label, annex_item, working_group, kind, "
            + "due_rule, waits_for, schedule_month, step_month, release_at, due_at, if_necessary) VALUES (:year, :id, "
            + ":sort, :label, :annex, :group, :kind, :due, :waits, :scheduleMonth, :month, :releaseAt, :dueAt, "
            + ":ifNecessary)")
        .param("year", step.reviewYear())
        .param("id", step.stepId())
        .param("sort", step.sortOrder())
        .param("label", step.label())
        .param("annex", step.annexItem())
        .param("group", step.group().groupId())
        .param("kind", step.kind().name())
        .param("due", step.dueRule().name())
        .param("waits", String.join(",", step.waitsFor()))
        .param("scheduleMonth", step.scheduleMonth())
        .param("month", step.month())
        .param("releaseAt", utc(step.releaseAt()))
        .param("dueAt", utc(step.dueAt()))
        .param("ifNecessary", step.ifNecessary())
        .update();
  }

  List<ReviewStep> findSteps(int year) {
    return jdbc.sql("SELECT " + STEP_COLUMNS + " FROM review_step WHERE review_year = :year ORDER BY sort_order")
        .param("year", year).query(ReviewRepository::step).list();
  }

  Optional<ReviewStep> findStep(int year, String stepId) {
    return jdbc.sql("SELECT " + STEP_COLUMNS + " FROM review_step WHERE review_year = :year AND step_id = :id")
        .param("year", year).param("id", stepId).query(ReviewRepository::step).optional();
  }

  /** Marks a step released; a second call (a retried job) keeps the first instant. */
  void markReleased(int year, String stepId, Instant at) {
    jdbc.sql("UPDATE review_step SET released_at = :at WHERE review_year = :year AND step_id = :id "
            + "AND released_at IS NULL")
        .param("at", utc(at)).param("year", year).param("id", stepId).update();
  }

  /** Records a step's outcome once; false when it was already recorded. */
  boolean recordOutcome(int year, String stepId, StepOutcome outcome, String by, Instant at) {
    return jdbc.sql("UPDATE review_step SET completed_at = :at, completed_by = :by, outcome_date = :date, "
            + "document_reference = :reference, decision = :decision, conclusions = :conclusions "
            + "WHERE review_year = :year AND step_id = :id AND completed_at IS NULL")
        .param("at", utc(at)).param("by", by).param("date", outcome.outcomeDate())
        .param("reference", outcome.documentReference()).param("decision", outcome.decision())
        .param("conclusions", outcome.conclusions()).param("year", year).param("id", stepId)
        .update() == 1;
  }

  /** Marks a step not needed, with the reason, as its outcome; false when it was done already. */
  boolean recordNotNeeded(int year, String stepId, String reason, String by, Instant at, LocalDate on) {
    return jdbc.sql("UPDATE review_step SET completed_at = :at, completed_by = :by, outcome_date = :on, "
            + "decision = :decision, not_needed_reason = :reason "
            + "WHERE review_year = :year AND step_id = :id AND completed_at IS NULL")
        .param("at", utc(at)).param("by", by).param("on", on).param("decision", "Not needed: " + reason)
        .param("reason", reason).param("year", year).param("id", stepId)
        .update() == 1;
  }

  /** Moves a step not yet released; false when it has been released meanwhile. */
  boolean moveStep(int year, String stepId, int month, Instant releaseAt, Instant dueAt) {
    return jdbc.sql("UPDATE review_step SET step_month = :month, release_at = :releaseAt, due_at = :dueAt "
            + "WHERE review_year = :year AND step_id = :id AND released_at IS NULL")
        .param("month", month).param("releaseAt", utc(releaseAt)).param("dueAt", utc(dueAt))
        .param("year", year).param("id", stepId).update() == 1;
  }

  void insertChange(int year, String stepId, int fromMonth, int toMonth, String reason, String by, Instant at) {
    jdbc.sql("INSERT INTO review_step_change (review_year, step_id, from_month, to_month, reason, changed_by, "
            + "changed_at) VALUES (:year, :id, :from, :to, :reason, :by, :at)")
        .param("year", year).param("id", stepId).param("from", fromMonth).param("to", toMonth)
        .param("reason", reason).param("by", by).param("at", utc(at)).update();
  }

  record StepChange(String stepId, int fromMonth, int toMonth, String reason, String changedBy, Instant changedAt) {}

  List<StepChange> findChanges(int year) {
    return jdbc.sql("SELECT step_id, from_month, to_month, reason, changed_by, changed_at FROM review_step_change "
            + "WHERE review_year = :year ORDER BY id")
        .param("year", year)
        .query((rs, n) -> new StepChange(rs.getString("step_id"), rs.getInt("from_month"), rs.getInt("to_month"),
            rs.getString("reason"), rs.getString("changed_by"), instant(rs, "changed_at")))
        .list();
  }

  private static Review review(ResultSet rs, int n) throws SQLException {
    return new Review(rs.getInt("review_year"), rs.getString("process_instance_id"),
        rs.getObject("report_due_date", LocalDate.class), rs.getBoolean("precedes_mandate_renewal"),
        rs.getString("state_codes"), rs.getInt("schedule_version"), Review.Status.valueOf(rs.getString("status")),
        rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "ended_at"),
        rs.getString("postponement_reference"));
  }

  private static ReviewStep step(ResultSet rs, int n) throws SQLException {
    String waits = rs.getString("waits_for");
    return new ReviewStep(rs.getInt("review_year"), rs.getString("step_id"), rs.getInt("sort_order"),
        rs.getString("label"), rs.getString("annex_item"),
        WorkingGroup.ofGroupId(rs.getString("working_group")).orElseThrow(),
        StepKind.valueOf(rs.getString("kind")), DueRule.valueOf(rs.getString("due_rule")),
        waits == null || waits.isBlank() ? List.of() : Arrays.asList(waits.split(",")),
        rs.getInt("schedule_month"), rs.getInt("step_month"), instant(rs, "release_at"), instant(rs, "due_at"),
        instant(rs, "released_at"), instant(rs, "completed_at"), rs.getString("completed_by"),
        rs.getObject("outcome_date", LocalDate.class), rs.getString("document_reference"), rs.getString("decision"),
        rs.getString("conclusions"), rs.getBoolean("if_necessary"), rs.getString("not_needed_reason"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

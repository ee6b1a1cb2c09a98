package org.un.sc1540.workflow.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual cycle's tables (V92). Instants are stored with their offset (UTC), whatever the server's zone. */
@Repository
class CycleRepository {

  /** A year's cycle. */
  record Cycle(int year, String processInstanceId, String status, String startedBy, Instant startedAt,
      Instant endedAt) {}

  /** One step of a year, with its outcome once done. */
  record Step(int year, String stepId, int sortOrder, String label, String groupId, Instant releaseAt, Instant dueAt,
      Instant releasedAt, String linkedTo, Instant completedAt, String completedBy, LocalDate outcomeDate,
      String documentSymbol, String decision) {

    boolean isReleased() {
      return releasedAt != null;
    }

    boolean isDone() {
      return completedAt != null;
    }
  }

  private final JdbcClient jdbc;

  CycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Cycle> findCycle(int year) {
    return jdbc.sql("SELECT * FROM annual_cycle WHERE cycle_year = :year").param("year", year)
        .query(CycleRepository::cycle).optional();
  }

  void insertCycle(int year, String processInstanceId, String startedBy, Instant at) {
    jdbc.sql("INSERT INTO annual_cycle (cycle_year, process_instance_id, status, started_by, started_at) "
            + "VALUES (:year, :pid, 'RUNNING', :by, :at)")
        .param("year", year).param("pid", processInstanceId).param("by", startedBy).param("at", utc(at)).update();
  }

  void deleteCycle(int year) {
    jdbc.sql("DELETE FROM annual_cycle_step WHERE cycle_year = :year").param("year", year).update();
    jdbc.sql("DELETE FROM annual_cycle WHERE cycle_year = :year").param("year", year).update();
  }

  void endCycle(String processInstanceId, String status, Instant at) {
    jdbc.sql("UPDATE annual_cycle SET status = :status, ended_at = :at WHERE process_instance_id = :pid "
            + "AND status = 'RUNNING'")
        .param("status", status).param("at", utc(at)).param("pid", processInstanceId).update();
  }

  void insertStep(int year, String stepId, int sortOrder, String label, String groupId, Instant releaseAt,
      Instant dueAt) {
    jdbc.sql("INSERT INTO annual_cycle_step (cycle_year, step_id, sort_order, label, group_id, release_at, due_at) "
            + "VALUES (:year, :id, :order, :label, :group, :releaseAt, :dueAt)")
        .param("year", year).param("id", stepId).param("order", sortOrder).param("label", label)
        .param("group", groupId).param("releaseAt", utc(releaseAt)).param("dueAt", utc(dueAt)).update();
  }

  List<Step> findSteps(int year) {
    return jdbc.sql("SELECT * FROM annual_cycle_step WHERE cycle_year = :year ORDER BY sort_order")
        .param("year", year).query(CycleRepository::step).list();
  }

  Optional<Step> findStep(int year, String stepId) {
    return jdbc.sql("SELECT * FROM annual_cycle_step WHERE cycle_year = :year AND step_id = :id")
        .param("year", year).param("id", stepId).query(CycleRepository::step).optional();
  }

  /** Marks a step released (and where it is held, if elsewhere); a retried job keeps the first instant. */
  void markReleased(int year, String stepId, String linkedTo, Instant at) {
    jdbc.sql("UPDATE annual_cycle_step SET released_at = :at, linked_to = :linked WHERE cycle_year = :year "
            + "AND step_id = :id AND released_at IS NULL")
        .param("at", utc(at)).param("linked", linkedTo).param("year", year).param("id", stepId).update();
  }

  /** Records a step's outcome once; false when it was already recorded. */
  boolean recordOutcome(int year, String stepId, String by, Instant at, LocalDate outcomeDate, String documentSymbol,
      String decision) {
    return jdbc.sql("UPDATE annual_cycle_step SET completed_at = :at, completed_by = :by, outcome_date = :date, "
            + "document_symbol = :symbol, decision = :decision WHERE cycle_year = :year AND step_id = :id "
            + "AND completed_at IS NULL")
        .param("at", utc(at)).param("by", by).param("date", outcomeDate).param("symbol", documentSymbol)
        .param("decision", decision).param("year", year).param("id", stepId).update() == 1;
  }

  private static Cycle cycle(ResultSet rs, int row) throws SQLException {
    return new Cycle(rs.getInt("cycle_year"), rs.getString("process_instance_id"), rs.getString("status"),
        rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "ended_at"));
  }

  private static Step step(ResultSet rs, int row) throws SQLException {
    return new Step(rs.getInt("cycle_year"), rs.getString("step_id"), rs.getInt("sort_order"), rs.getString("label"),
        rs.getString("group_id"), instant(rs, "release_at"), instant(rs, "due_at"), instant(rs, "released_at"),
        rs.getString("linked_to"), instant(rs, "completed_at"), rs.getString("completed_by"),
        rs.getObject("outcome_date", LocalDate.class), rs.getString("document_symbol"), rs.getString("decision"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

package org.un.sc1540.workflow.matrix;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The matrix tables. Called from the engine's delegates, so every write joins the engine's
 * transaction: a rolled-back job or message leaves no row behind.
 */
@Repository
class MatrixRepository {

  private static final String ROUND_COLUMNS =
      "process_instance_id, review_year, open_year, comment_deadline, state_count, started_by, started_at, closed_at";
  private static final String REVIEW_COLUMNS = "process_instance_id, round_process_instance_id, review_year, "
      + "state_code, matrix_reference, matrix_version, matrix_url, covering_symbol, sent_on, comment_deadline, "
      + "deadline_extended, reminder_sent_on, comments_received_on, comments_reference, comments_late, no_reply, "
      + "consultations, approved_on, closed_at";
  private static final String LATE_COLUMNS =
      "id, review_year, state_code, received_on, reference, process_instance_id, recorded_at";

  private final JdbcClient jdbc;

  MatrixRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // Rounds

  Optional<MatrixRound> findOpenRound(int year) {
    return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM matrix_round WHERE open_year = :year")
        .param("year", year).query(MatrixRepository::round).optional();
  }

  Optional<MatrixRound> findLatestRound(int year) {
    return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM matrix_round WHERE review_year = :year "
            + "ORDER BY started_at DESC, process_instance_id FETCH FIRST 1 ROWS ONLY")
        .param("year", year).query(MatrixRepository::round).optional();
  }

  Optional<MatrixRound> findRound(String processInstanceId) {
    return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM matrix_round WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).query(MatrixRepository::round).optional();
  }

  List<MatrixRound> findRounds() {
    return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM matrix_round ORDER BY review_year DESC, started_at DESC")
        .query(MatrixRepository::round).list();
  }

  void insertRound(String processInstanceId, int year, LocalDate deadline, int stateCount, String startedBy,
      Instant now) {
    jdbc.sql("INSERT INTO matrix_round (process_instance_id, review_year, open_year, comment_deadline, state_count, "
            + "started_by, started_at) VALUES (:pi, :year, :year, :deadline, :count, :by, :now)")
        .param("pi", processInstanceId).param("year", year).param("deadline", deadline).param("count", stateCount)
        .param("by", startedBy).param("now", Timestamp.from(now)).update();
  }

  void closeRound(String processInstanceId, Instant now) {
    jdbc.sql("UPDATE matrix_round SET open_year = NULL, closed_at = COALESCE(closed_at, :now) "
            + "WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("now", Timestamp.from(now)).update();
  }

  // The States of a round

  void insertReview(String processInstanceId, String roundId, int year, String stateCode, LocalDate deadline) {
    jdbc.sql("INSERT INTO matrix_state_review (process_instance_id, round_process_instance_id, review_year, "
            + "state_code, comment_deadline) VALUES (:pi, :round, :year, :state, :deadline)")
        .param("pi", processInstanceId).param("round", roundId).param("year", year).param("state", stateCode)
        .param("deadline", deadline).update();
  }

  Optional<StateMatrixStatus> findReview(String processInstanceId) {
    return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM matrix_state_review WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).query(MatrixRepository::review).optional();
  }

  List<StateMatrixStatus> findReviews(String roundId) {
    return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM matrix_state_review WHERE round_process_instance_id = :round "
            + "ORDER BY state_code")
        .param("round", roundId).query(MatrixRepository::review).list();
  }

  void updateSent(String processInstanceId, String reference, String version, String url, String symbol,
      LocalDate sentOn) {
    jdbc.sql("UPDATE matrix_state_review SET matrix_reference = :reference, matrix_version = :version, "
            + "matrix_url = :url, covering_symbol = :symbol, sent_on = :sentOn WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("reference", reference).param("version", version).param("url", url)
        .param("symbol", symbol).param("sentOn", sentOn).update();
  }

  void updateDeadline(String processInstanceId, LocalDate deadline, boolean extended) {
    jdbc.sql("UPDATE matrix_state_review SET comment_deadline = :deadline, "
            + "deadline_extended = (deadline_extended OR :extended) WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("deadline", deadline).param("extended", extended).update();
  }

  void updateReminderSent(String processInstanceId, LocalDate day) {
    jdbc.sql("UPDATE matrix_state_review SET reminder_sent_on = :day WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("day", day).update();
  }

  /** The first comments on the circulated matrix decide how the State answered; later ones do not. */
  void updateFirstComments(String processInstanceId, LocalDate receivedOn, String reference, boolean late) {
    jdbc.sql("UPDATE matrix_state_review SET comments_received_on = :receivedOn, comments_reference = :reference, "
            + "comments_late = :late WHERE process_instance_id = :pi AND comments_received_on IS NULL")
        .param("pi", processInstanceId).param("receivedOn", receivedOn).param("reference", reference)
        .param("late", late).update();
  }

  void updateNoReply(String processInstanceId) {
    jdbc.sql("UPDATE matrix_state_review SET no_reply = TRUE WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).update();
  }

  void updateMatrix(String processInstanceId, String version, String url, int consultations) {
    jdbc.sql("UPDATE matrix_state_review SET matrix_version = :version, matrix_url = :url, "
            + "consultations = :consultations WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("version", version).param("url", url)
        .param("consultations", consultations).update();
  }

  void updateApproved(String processInstanceId, LocalDate approvedOn) {
    jdbc.sql("UPDATE matrix_state_review SET approved_on = :approvedOn WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("approvedOn", approvedOn).update();
  }

  void closeReview(String processInstanceId, Instant now) {
    jdbc.sql("UPDATE matrix_state_review SET closed_at = COALESCE(closed_at, :now) WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("now", Timestamp.from(now)).update();
  }

  // Approvals

  void saveApproval(MatrixApproval approval, String processInstanceId, Instant now) {
    int updated = jdbc.sql("UPDATE matrix_approval SET approved_on = :approvedOn, matrix_reference = :reference, "
            + "matrix_version = :version, matrix_url = :url, decision_reference = :decision, "
            + "process_instance_id = :pi, recorded_at = :now WHERE review_year = :year AND state_code = :state")
        .params(approvalParams(approval, processInstanceId, now)).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO matrix_approval (review_year, state_code, approved_on, matrix_reference, matrix_version, "
              + "matrix_url, decision_reference, process_instance_id, recorded_at) VALUES (:year, :state, "
              + ":approvedOn, :reference, :version, :url, :decision, :pi, :now)")
          .params(approvalParams(approval, processInstanceId, now)).update();
    }
  }

  private static java.util.Map<String, Object> approvalParams(MatrixApproval a, String pi, Instant now) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("year", a.reviewYear());
    params.put("state", a.stateCode());
    params.put("approvedOn", a.approvedOn());
    params.put("reference", a.matrixReference());
    params.put("version", a.matrixVersion());
    params.put("url", a.matrixUrl());
    params.put("decision", a.decisionReference());
    params.put("pi", pi);
    params.put("now", Timestamp.from(now));
    return params;
  }

  Optional<MatrixApproval> findApproval(int year, String stateCode) {
    return jdbc.sql("SELECT review_year, state_code, approved_on, matrix_reference, matrix_version, matrix_url, "
            + "decision_reference FROM matrix_approval WHERE review_year = :year AND state_code = :state")
        .param("year", year).param("state", stateCode)
        .query((rs, n) -> new MatrixApproval(rs.getInt("review_year"), rs.getString("state_code"),
            rs.getObject("approved_on", LocalDate.class), rs.getString("matrix_reference"),
            rs.getString("matrix_version"), rs.getString("matrix_url"), rs.getString("decision_reference")))
        .optional();
  }

  // Comments after approval

  void insertLateComment(int year, String stateCode, LocalDate receivedOn, String reference, String processInstanceId,
      Instant now) {
    jdbc.sql("INSERT INTO matrix_late_comment (review_year, state_code, received_on, reference, process_instance_id, "
            + "recorded_at) VALUES (:year, :state, :receivedOn, :reference, :pi, :now)")
        .param("year", year).param("state", stateCode).param("receivedOn", receivedOn).param("reference", reference)
        .param("pi", processInstanceId).param("now", Timestamp.from(now)).update();
  }

  List<LateMatrixComment> findLateComments(int year) {
    return jdbc.sql("SELECT " + LATE_COLUMNS + " FROM matrix_late_comment WHERE review_year = :year "
            + "ORDER BY state_code, received_on, id")
        .param("year", year).query(MatrixRepository::late).list();
  }

  /** What a State sent after approvals of earlier years: the experts see it when they prepare its next matrix. */
  List<LateMatrixComment> findLateCommentsBefore(String stateCode, int year) {
    return jdbc.sql("SELECT " + LATE_COLUMNS + " FROM matrix_late_comment WHERE state_code = :state "
            + "AND review_year < :year ORDER BY review_year, received_on, id")
        .param("state", stateCode).param("year", year).query(MatrixRepository::late).list();
  }

  private static MatrixRound round(ResultSet rs, int n) throws SQLException {
    return new MatrixRound(rs.getString("process_instance_id"), rs.getInt("review_year"),
        rs.getObject("open_year") != null, rs.getObject("comment_deadline", LocalDate.class), rs.getInt("state_count"),
        rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "closed_at"));
  }

  private static StateMatrixStatus review(ResultSet rs, int n) throws SQLException {
    return new StateMatrixStatus(rs.getString("process_instance_id"), rs.getString("round_process_instance_id"),
        rs.getInt("review_year"), rs.getString("state_code"), rs.getString("matrix_reference"),
        rs.getString("matrix_version"), rs.getString("matrix_url"), rs.getString("covering_symbol"),
        rs.getObject("sent_on", LocalDate.class), rs.getObject("comment_deadline", LocalDate.class),
        rs.getBoolean("deadline_extended"), rs.getObject("reminder_sent_on", LocalDate.class),
        rs.getObject("comments_received_on", LocalDate.class), rs.getString("comments_reference"),
        rs.getBoolean("comments_late"), rs.getBoolean("no_reply"), rs.getInt("consultations"),
        rs.getObject("approved_on", LocalDate.class), instant(rs, "closed_at"));
  }

  private static LateMatrixComment late(ResultSet rs, int n) throws SQLException {
    return new LateMatrixComment(rs.getLong("id"), rs.getInt("review_year"), rs.getString("state_code"),
        rs.getObject("received_on", LocalDate.class), rs.getString("reference"), rs.getString("process_instance_id"),
        instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}

package org.un.sc1540.workflow.matrix;

import org.un.sc1540.workflow.notification.FreeTextPlacement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.un.sc1540.workflow.input.Inputs;

/**
 * The matrix tables. Called from the engine's delegates and listeners, so every write joins the
 * engine's transaction: a rolled-back job, message or task completion leaves no row behind.
 */
@Repository
class MatrixRepository {

  private static final String ROUND_COLUMNS = "process_instance_id, review_year, open_year, comment_deadline, "
      + "state_count, state_codes, no_reply_policy, started_by, started_at, closed_at, considered_on, posted_on, "
      + "website_url, carried_note, posted_by";
  private static final String REVIEW_COLUMNS = "process_instance_id, round_process_instance_id, review_year, "
      + "state_code, stage, matrix_reference, matrix_version, matrix_url, changes_summary, prepared_by, "
      + "covering_symbol, sent_on, comment_deadline, deadline_extended, on_consultation, reminder_sent_on, "
      + "comments_received_on, comments_reference, comments_late, no_reply, consultations, revision_summary, "
      + "consult_state, no_reply_policy, decision, decision_reference, decided_by, approved_on, posted_on, posted_url, "
      + "carried, closed_at";
  private static final String COMMENT_COLUMNS = "id, round_process_instance_id, review_process_instance_id, "
      + "review_year, state_code, received_on, reference, recorded_by, recorded_at, taken_up_at, deadline, "
      + "on_consultation, late";
  private static final String LATE_COLUMNS =
      "id, review_year, state_code, received_on, reference, process_instance_id, recorded_by, recorded_at";
  private static final String EXTENSION_COLUMNS = "id, review_process_instance_id, review_year, state_code, "
      + "previous_deadline, new_deadline, reason, extended_by, extended_at";

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

  /**
   * The round's row, locked until the transaction ends: an approval and the June posting of the
   * same round take it first, so that a matrix approved while the round is being posted is either
   * posted with it or gets its own posting, never neither.
   */
  Optional<MatrixRound> lockRound(String processInstanceId) {
    return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM matrix_round WHERE process_instance_id = :pi FOR UPDATE")
        .param("pi", processInstanceId).query(MatrixRepository::round).optional();
  }

  List<MatrixRound> findRounds() {
    return jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM matrix_round ORDER BY review_year DESC, started_at DESC")
        .query(MatrixRepository::round).list();
  }

  void insertRound(String processInstanceId, int year, LocalDate deadline, List<String> stateCodes,
      MatrixProperties.NoReplyPolicy policy, String startedBy, Instant now) {
    jdbc.sql("INSERT INTO matrix_round (process_instance_id, review_year, open_year, comment_deadline, state_count, "
            + "state_codes, no_reply_policy, started_by, started_at) "
            + "VALUES (:pi, :year, :year, :deadline, :count, :codes, :policy, :by, :now)")
        .param("pi", processInstanceId).param("year", year).param("deadline", deadline)
        .param("count", stateCodes.size()).param("codes", Inputs.json(stateCodes)).param("policy", policy.name())
        .param("by", startedBy).param("now", Timestamp.from(now)).update();
  }

  void closeRound(String processInstanceId, Instant now) {
    jdbc.sql("UPDATE matrix_round SET open_year = NULL, closed_at = COALESCE(closed_at, :now) "
            + "WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("now", Timestamp.from(now)).update();
  }

  void updateRoundPosted(String processInstanceId, LocalDate consideredOn, LocalDate postedOn, String url,
      String carriedNote, String postedBy, Instant now) {
    jdbc.sql("UPDATE matrix_round SET considered_on = :considered, posted_on = :posted, website_url = :url, "
            + "carried_note = :note, posted_by = :by, posted_at = :now WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("considered", consideredOn).param("posted", postedOn)
        .param("url", url).param("note", carriedNote).param("by", postedBy).param("now", Timestamp.from(now))
        .update();
  }

  /** With the round's posting: every approved matrix not yet posted is posted; the others are carried. */
  void postApprovedOfRound(String roundId, LocalDate postedOn, String url, String postedBy) {
    jdbc.sql("UPDATE matrix_state_review SET posted_on = :posted, posted_url = :url, posted_by = :by "
            + "WHERE round_process_instance_id = :round AND approved_on IS NOT NULL AND posted_on IS NULL")
        .param("round", roundId).param("posted", postedOn).param("url", url).param("by", postedBy).update();
    jdbc.sql("UPDATE matrix_state_review SET carried = TRUE "
            + "WHERE round_process_instance_id = :round AND approved_on IS NULL")
        .param("round", roundId).update();
  }

  // The States of a round

  void insertReview(String processInstanceId, String roundId, int year, String stateCode, LocalDate deadline,
      MatrixProperties.NoReplyPolicy policy) {
    jdbc.sql("INSERT INTO matrix_state_review (process_instance_id, round_process_instance_id, review_year, "
            + "state_code, comment_deadline, no_reply_policy, stage) "
            + "VALUES (:pi, :round, :year, :state, :deadline, :policy, :stage)")
        .param("pi", processInstanceId).param("round", roundId).param("year", year).param("state", stateCode)
        .param("deadline", deadline).param("policy", policy.name()).param("stage", MatrixStage.PREPARING.name())
        .update();
  }

  Optional<StateMatrixStatus> findReview(String processInstanceId) {
    return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM matrix_state_review WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).query(MatrixRepository::review).optional();
  }

  /** The State's review in the year's open round, if its review has started. */
  Optional<StateMatrixStatus> findReviewInOpenRound(int year, String stateCode) {
    return jdbc.sql("SELECT " + prefixed("r.", REVIEW_COLUMNS) + " FROM matrix_state_review r "
            + "JOIN matrix_round m ON m.process_instance_id = r.round_process_instance_id "
            + "WHERE m.open_year = :year AND r.state_code = :state")
        .param("year", year).param("state", stateCode).query(MatrixRepository::review).optional();
  }

  /** The State's latest review of the year, in whatever round (an open one first). */
  Optional<StateMatrixStatus> findLatestReview(int year, String stateCode) {
    return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM matrix_state_review WHERE review_year = :year "
            + "AND state_code = :state ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, closed_at DESC "
            + "FETCH FIRST 1 ROWS ONLY")
        .param("year", year).param("state", stateCode).query(MatrixRepository::review).optional();
  }

  List<StateMatrixStatus> findReviews(String roundId) {
    return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM matrix_state_review WHERE round_process_instance_id = :round "
            + "ORDER BY state_code")
        .param("round", roundId).query(MatrixRepository::review).list();
  }

  int countClosedReviews(String roundId) {
    return jdbc.sql("SELECT COUNT(*) FROM matrix_state_review WHERE round_process_instance_id = :round "
            + "AND closed_at IS NOT NULL")
        .param("round", roundId).query(Integer.class).single();
  }

  void updateChangesPlacement(String processInstanceId, FreeTextPlacement placement) {
    jdbc.sql("UPDATE matrix_state_review SET changes_summary_placement = :placement WHERE process_instance_id = :pi")
        .param("placement", placement == null ? null : placement.name()).param("pi", processInstanceId).update();
  }

  FreeTextPlacement changesPlacement(String processInstanceId) {
    return jdbc.sql("SELECT changes_summary_placement FROM matrix_state_review WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).query(String.class).optional()
        .map(FreeTextPlacement::valueOf).orElse(null);
  }

  void updatePrepared(String processInstanceId, String reference, String version, String url, String changes,
      String preparedBy) {
    jdbc.sql("UPDATE matrix_state_review SET matrix_reference = :reference, matrix_version = :version, "
            + "matrix_url = :url, changes_summary = :changes, prepared_by = :by WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("reference", reference).param("version", version).param("url", url)
        .param("changes", changes).param("by", preparedBy).update();
  }

  void updateSent(String processInstanceId, String symbol, LocalDate sentOn) {
    jdbc.sql("UPDATE matrix_state_review SET covering_symbol = :symbol, sent_on = :sentOn, stage = :stage, "
            + "on_consultation = FALSE WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("symbol", symbol).param("sentOn", sentOn)
        .param("stage", MatrixStage.AWAITING.name()).update();
  }

  void updateConsultationSent(String processInstanceId) {
    jdbc.sql("UPDATE matrix_state_review SET consultations = consultations + 1, stage = :stage, "
            + "on_consultation = TRUE WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("stage", MatrixStage.AWAITING.name()).update();
  }

  void updateStage(String processInstanceId, MatrixStage stage) {
    jdbc.sql("UPDATE matrix_state_review SET stage = :stage WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("stage", stage.name()).update();
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
    jdbc.sql("UPDATE matrix_state_review SET no_reply = TRUE, stage = :stage WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("stage", MatrixStage.DECIDING.name()).update();
  }

  void updateRevised(String processInstanceId, String version, String url, String summary, boolean consult,
      String revisedBy, MatrixStage stage) {
    jdbc.sql("UPDATE matrix_state_review SET matrix_version = :version, matrix_url = :url, "
            + "revision_summary = :summary, consult_state = :consult, revised_by = :by, stage = :stage "
            + "WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("version", version).param("url", url).param("summary", summary)
        .param("consult", consult).param("by", revisedBy).param("stage", stage.name()).update();
  }

  void updateDecision(String processInstanceId, String decision, LocalDate approvedOn, String reference,
      String decidedBy, Instant now, MatrixStage stage) {
    jdbc.sql("UPDATE matrix_state_review SET decision = :decision, approved_on = :approvedOn, "
            + "decision_reference = :reference, decided_by = :by, decided_at = :now, stage = :stage "
            + "WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("decision", decision).param("approvedOn", approvedOn)
        .param("reference", reference).param("by", decidedBy).param("now", Timestamp.from(now))
        .param("stage", stage.name()).update();
  }

  void updatePosted(String processInstanceId, LocalDate postedOn, String url, String postedBy) {
    jdbc.sql("UPDATE matrix_state_review SET posted_on = :posted, posted_url = :url, posted_by = :by "
            + "WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("posted", postedOn).param("url", url).param("by", postedBy).update();
  }

  void closeReview(String processInstanceId, Instant now) {
    jdbc.sql("UPDATE matrix_state_review SET closed_at = COALESCE(closed_at, :now) WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).param("now", Timestamp.from(now)).update();
  }

  // Comments while the round is open

  long insertComment(String roundId, String reviewId, int year, String stateCode, LocalDate receivedOn,
      String reference, String recordedBy, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO matrix_comment (round_process_instance_id, review_process_instance_id, review_year, "
            + "state_code, received_on, reference, recorded_by, recorded_at) "
            + "VALUES (:round, :review, :year, :state, :receivedOn, :reference, :by, :now)")
        .param("round", roundId).param("review", reviewId).param("year", year).param("state", stateCode)
        .param("receivedOn", receivedOn).param("reference", reference).param("by", recordedBy)
        .param("now", Timestamp.from(now)).update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Comments stored before the State's review started now belong to it. */
  int adoptComments(String roundId, String stateCode, String reviewId) {
    return jdbc.sql("UPDATE matrix_comment SET review_process_instance_id = :review "
            + "WHERE round_process_instance_id = :round AND state_code = :state AND review_process_instance_id IS NULL")
        .param("round", roundId).param("state", stateCode).param("review", reviewId).update();
  }

  List<MatrixComment> findPendingComments(String reviewId) {
    return jdbc.sql("SELECT " + COMMENT_COLUMNS + " FROM matrix_comment WHERE review_process_instance_id = :review "
            + "AND taken_up_at IS NULL ORDER BY received_on, id")
        .param("review", reviewId).query(MatrixRepository::comment).list();
  }

  boolean hasPendingComments(String reviewId) {
    return jdbc.sql("SELECT COUNT(*) FROM matrix_comment WHERE review_process_instance_id = :review "
            + "AND taken_up_at IS NULL")
        .param("review", reviewId).query(Integer.class).single() > 0;
  }

  List<MatrixComment> findComments(String reviewId) {
    return jdbc.sql("SELECT " + COMMENT_COLUMNS + " FROM matrix_comment WHERE review_process_instance_id = :review "
            + "ORDER BY received_on, id")
        .param("review", reviewId).query(MatrixRepository::comment).list();
  }

  Optional<MatrixComment> findComment(long id) {
    return jdbc.sql("SELECT " + COMMENT_COLUMNS + " FROM matrix_comment WHERE id = :id")
        .param("id", id).query(MatrixRepository::comment).optional();
  }

  void takeUpComment(long id, Instant now, LocalDate deadline, boolean onConsultation, boolean late) {
    jdbc.sql("UPDATE matrix_comment SET taken_up_at = :now, deadline = :deadline, on_consultation = :consultation, "
            + "late = :late WHERE id = :id")
        .param("id", id).param("now", Timestamp.from(now)).param("deadline", deadline)
        .param("consultation", onConsultation).param("late", late).update();
  }

  // Deadline extensions

  void insertExtension(String reviewId, int year, String stateCode, LocalDate previous, LocalDate extended,
      String reason, String extendedBy, Instant now) {
    jdbc.sql("INSERT INTO matrix_deadline_extension (review_process_instance_id, review_year, state_code, "
            + "previous_deadline, new_deadline, reason, extended_by, extended_at) "
            + "VALUES (:review, :year, :state, :previous, :extended, :reason, :by, :now)")
        .param("review", reviewId).param("year", year).param("state", stateCode).param("previous", previous)
        .param("extended", extended).param("reason", reason).param("by", extendedBy)
        .param("now", Timestamp.from(now)).update();
  }

  List<DeadlineExtension> findExtensions(String reviewId) {
    return jdbc.sql("SELECT " + EXTENSION_COLUMNS + " FROM matrix_deadline_extension "
            + "WHERE review_process_instance_id = :review ORDER BY extended_at, id")
        .param("review", reviewId).query(MatrixRepository::extension).list();
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

  private static Map<String, Object> approvalParams(MatrixApproval a, String pi, Instant now) {
    Map<String, Object> params = new HashMap<>();
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

  long insertLateComment(int year, String stateCode, LocalDate receivedOn, String reference, String processInstanceId,
      String recordedBy, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO matrix_late_comment (review_year, state_code, received_on, reference, process_instance_id, "
            + "recorded_by, recorded_at) VALUES (:year, :state, :receivedOn, :reference, :pi, :by, :now)")
        .param("year", year).param("state", stateCode).param("receivedOn", receivedOn).param("reference", reference)
        .param("pi", processInstanceId).param("by", recordedBy).param("now", Timestamp.from(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<LateMatrixComment> findLateComment(long id) {
    return jdbc.sql("SELECT " + LATE_COLUMNS + " FROM matrix_late_comment WHERE id = :id")
        .param("id", id).query(MatrixRepository::late).optional();
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

  private static String prefixed(String prefix, String columns) {
    return prefix + columns.replace(", ", ", " + prefix);
  }

  private static MatrixRound round(ResultSet rs, int n) throws SQLException {
    String codes = rs.getString("state_codes");
    return new MatrixRound(rs.getString("process_instance_id"), rs.getInt("review_year"),
        rs.getObject("open_year") != null, rs.getObject("comment_deadline", LocalDate.class), rs.getInt("state_count"),
        codes == null ? List.of() : Inputs.fromJson(codes), policy(rs.getString("no_reply_policy")),
        rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "closed_at"),
        rs.getObject("considered_on", LocalDate.class), rs.getObject("posted_on", LocalDate.class),
        rs.getString("website_url"), rs.getString("carried_note"), rs.getString("posted_by"));
  }

  private static StateMatrixStatus review(ResultSet rs, int n) throws SQLException {
    return new StateMatrixStatus(rs.getString("process_instance_id"), rs.getString("round_process_instance_id"),
        rs.getInt("review_year"), rs.getString("state_code"), MatrixStage.valueOf(rs.getString("stage")),
        rs.getString("matrix_reference"), rs.getString("matrix_version"), rs.getString("matrix_url"),
        rs.getString("changes_summary"), rs.getString("prepared_by"), rs.getString("covering_symbol"),
        rs.getObject("sent_on", LocalDate.class), rs.getObject("comment_deadline", LocalDate.class),
        rs.getBoolean("deadline_extended"), rs.getBoolean("on_consultation"),
        rs.getObject("reminder_sent_on", LocalDate.class), rs.getObject("comments_received_on", LocalDate.class),
        rs.getString("comments_reference"), rs.getBoolean("comments_late"), rs.getBoolean("no_reply"),
        rs.getInt("consultations"), rs.getString("revision_summary"), rs.getBoolean("consult_state"),
        policy(rs.getString("no_reply_policy")), rs.getString("decision"), rs.getString("decision_reference"),
        rs.getString("decided_by"), rs.getObject("approved_on", LocalDate.class),
        rs.getObject("posted_on", LocalDate.class), rs.getString("posted_url"), rs.getBoolean("carried"),
        instant(rs, "closed_at"));
  }

  private static MatrixComment comment(ResultSet rs, int n) throws SQLException {
    return new MatrixComment(rs.getLong("id"), rs.getString("round_process_instance_id"),
        rs.getString("review_process_instance_id"), rs.getInt("review_year"), rs.getString("state_code"),
        rs.getObject("received_on", LocalDate.class), rs.getString("reference"), rs.getString("recorded_by"),
        instant(rs, "recorded_at"), instant(rs, "taken_up_at"), rs.getObject("deadline", LocalDate.class),
        (Boolean) rs.getObject("on_consultation"), (Boolean) rs.getObject("late"));
  }

  private static LateMatrixComment late(ResultSet rs, int n) throws SQLException {
    return new LateMatrixComment(rs.getLong("id"), rs.getInt("review_year"), rs.getString("state_code"),
        rs.getObject("received_on", LocalDate.class), rs.getString("reference"), rs.getString("process_instance_id"),
        rs.getString("recorded_by"), instant(rs, "recorded_at"));
  }

  private static DeadlineExtension extension(ResultSet rs, int n) throws SQLException {
    return new DeadlineExtension(rs.getLong("id"), rs.getString("review_process_instance_id"),
        rs.getInt("review_year"), rs.getString("state_code"), rs.getObject("previous_deadline", LocalDate.class),
        rs.getObject("new_deadline", LocalDate.class), rs.getString("reason"), rs.getString("extended_by"),
        instant(rs, "extended_at"));
  }

  private static MatrixProperties.NoReplyPolicy policy(String value) {
    return value == null ? MatrixProperties.NoReplyPolicy.COMMITTEE_APPROVAL
        : MatrixProperties.NoReplyPolicy.valueOf(value);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}

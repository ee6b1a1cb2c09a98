package org.un.sc1540.workflow.routine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.OrganizationKind;

/** The routine letters' tables (V94) and the registry facts their rules read. */
@Repository
class RoutineLettersRepository {

  record Run(int year, String processInstanceId, String status, String startedBy, Instant startedAt,
      Instant selectedAt, Instant sentAt) {}

  record Addressee(long id, int year, LetterType type, String stateCode, Long organizationId, String reason,
      String addedBy, Integer lastSubmissionYear, LocalDate pocConfirmedOn, String requestReferences,
      String excludedReason, String excludedBy, Long letterId) {

    boolean excluded() {
      return excludedReason != null;
    }
  }

  /** When the Committee last heard that a contact is right: taken in, or confirmed since (V97). */
  private static final String LAST_HEARD =
      "CASE WHEN confirmed_on IS NOT NULL AND confirmed_on > valid_from THEN confirmed_on ELSE valid_from END";

  private final JdbcClient jdbc;

  RoutineLettersRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Run> findRun(int year) {
    return jdbc.sql("SELECT * FROM routine_letters_run WHERE letters_year = :year").param("year", year)
        .query((rs, n) -> new Run(rs.getInt("letters_year"), rs.getString("process_instance_id"), rs.getString("status"),
            rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "selected_at"), instant(rs, "sent_at")))
        .optional();
  }

  void insertRun(int year, String processInstanceId, String by, Instant at) {
    jdbc.sql("INSERT INTO routine_letters_run (letters_year, process_instance_id, status, started_by, started_at) "
            + "VALUES (:year, :pi, 'RUNNING', :by, :at)")
        .param("year", year).param("pi", processInstanceId).param("by", by).param("at", Timestamp.from(at)).update();
  }

  void deleteRun(int year) {
    jdbc.sql("DELETE FROM routine_letter_addressee WHERE letters_year = :year").param("year", year).update();
    jdbc.sql("DELETE FROM routine_letter_review WHERE letters_year = :year").param("year", year).update();
    jdbc.sql("DELETE FROM routine_letters_run WHERE letters_year = :year").param("year", year).update();
  }

  void markSelected(int year, Instant at) {
    jdbc.sql("UPDATE routine_letters_run SET selected_at = :at WHERE letters_year = :year")
        .param("at", Timestamp.from(at)).param("year", year).update();
  }

  void endRun(String processInstanceId, String status, Instant at) {
    jdbc.sql("UPDATE routine_letters_run SET status = :status, sent_at = CASE WHEN :status = 'SENT' THEN :at "
            + "ELSE sent_at END WHERE process_instance_id = :pi AND status = 'RUNNING'")
        .param("status", status).param("at", Timestamp.from(at)).param("pi", processInstanceId).update();
  }

  void insertAddressee(int year, RoutineLetterRules.Selected selected, String addedBy) {
    jdbc.sql("INSERT INTO routine_letter_addressee (letters_year, letter_type, state_code, organization_id, reason, "
            + "added_by, last_submission_year, poc_confirmed_on, request_references) VALUES (:year, :type, :state, "
            + ":organization, :reason, :addedBy, :lastSubmissionYear, :pocConfirmedOn, :requestReferences)")
        .param("year", year)
        .param("type", selected.type().name())
        .param("state", selected.stateCode())
        .param("organization", selected.organizationId())
        .param("reason", selected.reason().length() > 1000 ? selected.reason().substring(0, 1000) : selected.reason())
        .param("addedBy", addedBy)
        .param("lastSubmissionYear", selected.lastSubmissionYear())
        .param("pocConfirmedOn", selected.pocConfirmedOn())
        .param("requestReferences", selected.requestReferences())
        .update();
  }

  List<Addressee> addressees(int year, LetterType type) {
    return jdbc.sql("SELECT * FROM routine_letter_addressee WHERE letters_year = :year AND letter_type = :type "
            + "ORDER BY id")
        .param("year", year).param("type", type.name())
        .query(RoutineLettersRepository::addressee).list();
  }

  Optional<Addressee> addressee(long id) {
    return jdbc.sql("SELECT * FROM routine_letter_addressee WHERE id = :id").param("id", id)
        .query(RoutineLettersRepository::addressee).optional();
  }

  void exclude(long id, String reason, String by, Instant at) {
    jdbc.sql("UPDATE routine_letter_addressee SET excluded_reason = :reason, excluded_by = :by, excluded_at = :at "
            + "WHERE id = :id")
        .param("reason", reason).param("by", by).param("at", Timestamp.from(at)).param("id", id).update();
  }

  void recordLetter(long id, long letterId) {
    jdbc.sql("UPDATE routine_letter_addressee SET letter_id = :letter WHERE id = :id")
        .param("letter", letterId).param("id", id).update();
  }

  Optional<String> paragraph(int year, LetterType type) {
    return jdbc.sql("SELECT additional_paragraph FROM routine_letter_review WHERE letters_year = :year "
            + "AND letter_type = :type")
        .param("year", year).param("type", type.name()).query(String.class).optional();
  }

  boolean isReviewed(int year, LetterType type) {
    return jdbc.sql("SELECT COUNT(*) FROM routine_letter_review WHERE letters_year = :year AND letter_type = :type")
        .param("year", year).param("type", type.name()).query(Long.class).single() > 0;
  }

  void insertReview(int year, LetterType type, String paragraph, String by, Instant at) {
    jdbc.sql("INSERT INTO routine_letter_review (letters_year, letter_type, additional_paragraph, reviewed_by, "
            + "reviewed_at) VALUES (:year, :type, :paragraph, :by, :at)")
        .param("year", year).param("type", type.name()).param("paragraph", paragraph).param("by", by)
        .param("at", Timestamp.from(at)).update();
  }

  // The registry's facts, as of a day

  List<RoutineLetterRules.StateFacts> stateFacts(LocalDate day) {
    Map<String, List<LocalDate>> pocs = new HashMap<>();
    jdbc.sql("SELECT state_code, " + LAST_HEARD + " FROM state_contact WHERE role = 'POC' AND valid_from <= :day "
            + "AND (valid_to IS NULL OR valid_to >= :day)")
        .param("day", day)
        .query((rs, n) -> pocs.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
            .add(rs.getObject(2, LocalDate.class)))
        .list();
    return jdbc.sql("SELECT m.iso3, (SELECT COUNT(*) FROM state_submission f WHERE f.state_code = m.iso3 "
            + "AND f.kind = 'FIRST_REPORT' AND f.received_on <= :day) AS first_reports, "
            + "(SELECT MAX(s.received_on) FROM state_submission s WHERE s.state_code = m.iso3 "
            + "AND s.received_on <= :day) AS last_submission FROM member_state m ORDER BY m.iso3")
        .param("day", day)
        .query((rs, n) -> new RoutineLetterRules.StateFacts(rs.getString("iso3"), rs.getLong("first_reports") > 0,
            rs.getObject("last_submission", LocalDate.class), pocs.getOrDefault(rs.getString("iso3"), List.of())))
        .list();
  }

  List<RoutineLetterRules.OpenRequest> openRequests() {
    return jdbc.sql("SELECT state_code, business_key, received_on FROM assistance_request WHERE status <> 'CLOSED'")
        .query((rs, n) -> new RoutineLetterRules.OpenRequest(rs.getString(1), rs.getString(2),
            rs.getObject(3, LocalDate.class)))
        .list();
  }

  /** Providers that are a Member State or a registry organization (other providers have no registry address). */
  List<RoutineLetterRules.ProviderFacts> providers() {
    return jdbc.sql("SELECT p.kind, p.state_code, o.id AS organization_id, "
            + "(SELECT MAX(f.received_on) FROM assistance_offer f WHERE f.provider_id = p.id) AS last_offer, "
            + "(SELECT MAX(r.matched_on) FROM assistance_request r WHERE r.matched_provider_id = p.id) AS last_match "
            + "FROM assistance_provider p LEFT JOIN organization o ON o.id = p.organization_id "
            + "WHERE p.kind = 'STATE' OR (p.kind = 'ORGANIZATION' AND o.id IS NOT NULL)")
        .query((rs, n) -> new RoutineLetterRules.ProviderFacts(
            "STATE".equals(rs.getString("kind")) ? rs.getString("state_code") : null,
            "STATE".equals(rs.getString("kind")) ? null : rs.getObject("organization_id", Long.class),
            rs.getObject("last_offer", LocalDate.class), rs.getObject("last_match", LocalDate.class)))
        .list();
  }

  List<RoutineLetterRules.OrganizationFacts> organizationFacts(LocalDate day) {
    Map<Long, List<LocalDate>> contacts = new HashMap<>();
    jdbc.sql("SELECT organization_id, " + LAST_HEARD + " FROM organization_contact WHERE valid_from <= :day "
            + "AND (valid_to IS NULL OR valid_to >= :day)")
        .param("day", day)
        .query((rs, n) -> contacts.computeIfAbsent(rs.getLong(1), c -> new ArrayList<>())
            .add(rs.getObject(2, LocalDate.class)))
        .list();
    return jdbc.sql("SELECT id, kind FROM organization ORDER BY acronym_key")
        .query((rs, n) -> new RoutineLetterRules.OrganizationFacts(rs.getLong("id"),
            OrganizationKind.valueOf(rs.getString("kind")), contacts.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  /** A reply as the secretariat recorded it. */
  record Reply(long id, String kind, String stateCode, Long organizationId, LocalDate receivedOn, String reference,
      String whatChanged, String recordedBy, Instant recordedAt) {}

  void insertReply(String kind, String stateCode, Long organizationId, LocalDate receivedOn, String reference,
      String whatChanged, String by, Instant at) {
    jdbc.sql("INSERT INTO routine_letter_reply (kind, state_code, organization_id, received_on, reference, "
            + "what_changed, recorded_by, recorded_at) VALUES (:kind, :state, :organization, :receivedOn, :reference, "
            + ":whatChanged, :by, :at)")
        .param("kind", kind).param("state", stateCode).param("organization", organizationId)
        .param("receivedOn", receivedOn).param("reference", reference).param("whatChanged", whatChanged)
        .param("by", by).param("at", Timestamp.from(at)).update();
  }

  /** Newest first. */
  List<Reply> replies(int limit) {
    return jdbc.sql("SELECT * FROM routine_letter_reply ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
        .param("limit", limit)
        .query((rs, n) -> new Reply(rs.getLong("id"), rs.getString("kind"), rs.getString("state_code"),
            rs.getObject("organization_id", Long.class), rs.getObject("received_on", LocalDate.class),
            rs.getString("reference"), rs.getString("what_changed"), rs.getString("recorded_by"),
            instant(rs, "recorded_at")))
        .list();
  }

  /** Confirms a State's current national points of contact on a day; how many rows it confirmed. */
  int confirmStatePocs(String stateCode, LocalDate day) {
    return jdbc.sql("UPDATE state_contact SET confirmed_on = :day WHERE state_code = :state AND role = 'POC' "
            + "AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)")
        .param("day", day).param("state", stateCode).update();
  }

  /** Confirms an organization's current points of contact on a day; how many rows it confirmed. */
  int confirmOrganizationPocs(long organizationId, LocalDate day) {
    return jdbc.sql("UPDATE organization_contact SET confirmed_on = :day WHERE organization_id = :organization "
            + "AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)")
        .param("day", day).param("organization", organizationId).update();
  }

  private static Addressee addressee(ResultSet rs, int n) throws SQLException {
    return new Addressee(rs.getLong("id"), rs.getInt("letters_year"), LetterType.valueOf(rs.getString("letter_type")),
        rs.getString("state_code"), rs.getObject("organization_id", Long.class), rs.getString("reason"),
        rs.getString("added_by"), rs.getObject("last_submission_year", Integer.class),
        rs.getObject("poc_confirmed_on", LocalDate.class), rs.getString("request_references"),
        rs.getString("excluded_reason"), rs.getString("excluded_by"), rs.getObject("letter_id", Long.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}

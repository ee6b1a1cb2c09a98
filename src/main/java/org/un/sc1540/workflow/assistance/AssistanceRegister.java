package org.un.sc1540.workflow.assistance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.un.sc1540.workflow.input.Inputs;

/**
 * The assistance tables. Only {@link AssistanceRequests} and {@link AssistanceOffers} write here,
 * each fact in one method that has decided who may record it.
 */
@Repository
class AssistanceRegister {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  AssistanceRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  // Requests

  /** The next number of a State's requests in a year; the row lock serializes concurrent registrations. */
  int nextRequestNumber(String stateCode, int year) {
    if (incrementSequence(stateCode, year) == 0) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO assistance_request_sequence "
                + "(state_code, request_year, last_number) VALUES (:state, :year, 0)")
            .param("state", stateCode).param("year", year).update());
      } catch (DuplicateKeyException openedMeanwhile) {
        // Another registration opened the year first.
      }
      incrementSequence(stateCode, year);
    }
    return jdbc.sql("SELECT last_number FROM assistance_request_sequence WHERE state_code = :state AND request_year = :year")
        .param("state", stateCode).param("year", year).query(Integer.class).single();
  }

  private int incrementSequence(String stateCode, int year) {
    return jdbc.sql("UPDATE assistance_request_sequence SET last_number = last_number + 1 "
            + "WHERE state_code = :state AND request_year = :year")
        .param("state", stateCode).param("year", year).update();
  }

  long insertRequest(String businessKey, String stateCode, int year, int number, LocalDate receivedOn,
      List<AssistanceArea> areas, String description, boolean usesTemplate, boolean confidential, String stateReference,
      Consent consent, LocalDate consentOn, String userId, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO assistance_request (business_key, state_code, request_year, request_number, received_on, "
            + "areas, description, uses_template, confidential, state_reference, consent, consent_on, consent_recorded_by, "
            + "status, follow_ups_sent, created_at, created_by) VALUES (:key, :state, :year, :number, :receivedOn, :areas, "
            + ":description, :usesTemplate, :confidential, :stateReference, :consent, :consentOn, :consentBy, 'REGISTERED', "
            + "0, :now, :user)")
        .param("key", businessKey).param("state", stateCode).param("year", year).param("number", number)
        .param("receivedOn", receivedOn).param("areas", Inputs.json(AssistanceArea.names(areas)))
        .param("description", description).param("usesTemplate", usesTemplate).param("confidential", confidential)
        .param("stateReference", stateReference).param("consent", consent.name()).param("consentOn", consentOn)
        .param("consentBy", consent == Consent.PENDING ? null : userId).param("now", Timestamp.from(now))
        .param("user", userId)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /**
   * Writes some columns of one request. The column names come from the services' own code, never
   * from input.
   */
  void updateRequest(long id, Map<String, Object> columns) {
    Map<String, Object> values = new LinkedHashMap<>(columns);
    String set = values.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(", "));
    JdbcClient.StatementSpec statement = jdbc.sql("UPDATE assistance_request SET " + set + " WHERE id = :id")
        .param("id", id);
    for (Map.Entry<String, Object> value : values.entrySet()) {
      Object v = value.getValue();
      statement = statement.param(value.getKey(), v instanceof Enum<?> e ? e.name() : v);
    }
    statement.update();
  }

  Optional<AssistanceRequest> request(long id) {
    return jdbc.sql("SELECT * FROM assistance_request WHERE id = :id").param("id", id)
        .query(AssistanceRegister::request).optional();
  }

  Optional<AssistanceRequest> requestByBusinessKey(String businessKey) {
    return jdbc.sql("SELECT * FROM assistance_request WHERE business_key = :key").param("key", businessKey)
        .query(AssistanceRegister::request).optional();
  }

  /** Newest first. */
  List<AssistanceRequest> requests() {
    return jdbc.sql("SELECT * FROM assistance_request ORDER BY received_on DESC, id DESC")
        .query(AssistanceRegister::request).list();
  }

  private static AssistanceRequest request(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new AssistanceRequest(rs.getLong("id"), rs.getString("business_key"), rs.getString("state_code"),
        rs.getInt("request_year"), rs.getInt("request_number"), date(rs, "received_on"),
        AssistanceArea.fromJson(rs.getString("areas")), rs.getString("description"), rs.getBoolean("uses_template"),
        rs.getBoolean("confidential"), rs.getString("state_reference"), Consent.valueOf(rs.getString("consent")),
        date(rs, "consent_on"), rs.getString("consent_recorded_by"), RequestStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), date(rs, "reviewed_on"), rs.getString("reviewed_by"),
        rs.getString("review_notes"), date(rs, "circulated_on"), rs.getString("circulated_by"),
        date(rs, "offers_due_on"), date(rs, "escalate_on"), date(rs, "matched_on"), rs.getString("matched_by"),
        (Long) rs.getObject("matched_offer_id", Long.class), (Long) rs.getObject("matched_provider_id", Long.class),
        rs.getString("match_notes"), rs.getInt("follow_ups_sent"), date(rs, "last_follow_up_on"),
        date(rs, "delivered_on"), rs.getString("delivery_summary"), rs.getString("delivery_recorded_by"),
        date(rs, "feedback_requested_on"), date(rs, "feedback_due_on"), date(rs, "closed_on"),
        rs.getString("closed_by"), outcome == null ? null : Outcome.valueOf(outcome), rs.getString("outcome_notes"),
        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
  }

  // Providers

  long insertProvider(ProviderKind kind, String stateCode, Long organizationId, String name, String nameKey,
      String addressee, String email, String language, RegionalGroup region, String userId, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO assistance_provider (kind, state_code, organization_id, name, name_key, addressee, email, "
            + "language, region, created_at, created_by) VALUES (:kind, :state, :organization, :name, :nameKey, "
            + ":addressee, :email, :language, :region, :now, :user)")
        .param("kind", kind.name()).param("state", stateCode).param("organization", organizationId)
        .param("name", name).param("nameKey", nameKey).param("addressee", addressee).param("email", email)
        .param("language", language).param("region", region == null ? null : region.name())
        .param("now", Timestamp.from(now)).param("user", userId)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void updateProvider(long id, String addressee, String email, String language, RegionalGroup region,
      Long organizationId) {
    jdbc.sql("UPDATE assistance_provider SET addressee = COALESCE(:addressee, addressee), email = COALESCE(:email, email), "
            + "language = COALESCE(:language, language), region = :region, "
            + "organization_id = COALESCE(:organization, organization_id) WHERE id = :id")
        .param("addressee", addressee).param("email", email).param("language", language)
        .param("region", region == null ? null : region.name()).param("organization", organizationId)
        .param("id", id).update();
  }

  Optional<Provider> provider(long id) {
    return jdbc.sql("SELECT * FROM assistance_provider WHERE id = :id").param("id", id)
        .query(AssistanceRegister::provider).optional();
  }

  Optional<Provider> provider(ProviderKind kind, String nameKey) {
    return jdbc.sql("SELECT * FROM assistance_provider WHERE kind = :kind AND name_key = :key")
        .param("kind", kind.name()).param("key", nameKey).query(AssistanceRegister::provider).optional();
  }

  List<Provider> providers() {
    return jdbc.sql("SELECT * FROM assistance_provider ORDER BY kind, name").query(AssistanceRegister::provider).list();
  }

  private static Provider provider(ResultSet rs, int row) throws SQLException {
    String region = rs.getString("region");
    return new Provider(rs.getLong("id"), ProviderKind.valueOf(rs.getString("kind")), rs.getString("state_code"),
        (Long) rs.getObject("organization_id", Long.class), rs.getString("name"), rs.getString("addressee"),
        rs.getString("email"), rs.getString("language"), region == null ? null : RegionalGroup.valueOf(region));
  }

  // Offers

  long insertOffer(long providerId, List<AssistanceArea> areas, String description, LocalDate validFrom,
      LocalDate validTo, LocalDate receivedOn, String userId, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO assistance_offer (provider_id, areas, description, valid_from, valid_to, received_on, "
            + "created_at, created_by) VALUES (:provider, :areas, :description, :from, :to, :receivedOn, :now, :user)")
        .param("provider", providerId).param("areas", Inputs.json(AssistanceArea.names(areas)))
        .param("description", description).param("from", validFrom).param("to", validTo)
        .param("receivedOn", receivedOn).param("now", Timestamp.from(now)).param("user", userId)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Offer> offer(long id) {
    return jdbc.sql("SELECT * FROM assistance_offer WHERE id = :id").param("id", id)
        .query(AssistanceRegister::offer).optional();
  }

  List<Offer> offers() {
    return jdbc.sql("SELECT * FROM assistance_offer ORDER BY id").query(AssistanceRegister::offer).list();
  }

  List<Offer> offersFor(long requestId) {
    return jdbc.sql("SELECT * FROM assistance_offer WHERE request_id = :request ORDER BY id")
        .param("request", requestId).query(AssistanceRegister::offer).list();
  }

  void linkOffer(long offerId, long requestId) {
    jdbc.sql("UPDATE assistance_offer SET request_id = :request WHERE id = :id")
        .param("request", requestId).param("id", offerId).update();
  }

  void offersConsidered(long requestId, LocalDate on) {
    jdbc.sql("UPDATE assistance_offer SET considered_on = :on WHERE request_id = :request AND considered_on IS NULL")
        .param("on", on).param("request", requestId).update();
  }

  private static Offer offer(ResultSet rs, int row) throws SQLException {
    return new Offer(rs.getLong("id"), rs.getLong("provider_id"), AssistanceArea.fromJson(rs.getString("areas")),
        rs.getString("description"), date(rs, "valid_from"), date(rs, "valid_to"),
        (Long) rs.getObject("request_id", Long.class), date(rs, "received_on"), date(rs, "considered_on"));
  }

  // Circulation

  void replaceCirculation(long requestId, List<CirculationEntry> entries) {
    jdbc.sql("DELETE FROM assistance_circulation WHERE request_id = :request").param("request", requestId).update();
    for (CirculationEntry entry : entries) {
      jdbc.sql("INSERT INTO assistance_circulation (request_id, provider_id, ranking, matched_areas, explanation, "
              + "included, chosen_by) VALUES (:request, :provider, :ranking, :areas, :explanation, :included, :chosenBy)")
          .param("request", requestId).param("provider", entry.providerId()).param("ranking", entry.ranking())
          .param("areas", Inputs.json(AssistanceArea.names(entry.matchedAreas())))
          .param("explanation", entry.explanation()).param("included", entry.included())
          .param("chosenBy", entry.chosenByExperts() ? "EXPERTS" : "MATCHING")
          .update();
    }
  }

  List<CirculationEntry> circulation(long requestId) {
    return jdbc.sql("SELECT * FROM assistance_circulation WHERE request_id = :request ORDER BY ranking, provider_id")
        .param("request", requestId).query(AssistanceRegister::circulationEntry).list();
  }

  void circulationLetter(long requestId, long providerId, String symbol, LocalDate sentOn, String problem) {
    jdbc.sql("UPDATE assistance_circulation SET letter_symbol = :symbol, sent_on = :sentOn, problem = :problem "
            + "WHERE request_id = :request AND provider_id = :provider")
        .param("symbol", symbol).param("sentOn", sentOn).param("problem", problem)
        .param("request", requestId).param("provider", providerId).update();
  }

  void circulationReminder(long requestId, long providerId, String symbol, LocalDate sentOn, String problem) {
    jdbc.sql("UPDATE assistance_circulation SET reminder_symbol = :symbol, reminder_sent_on = :sentOn, "
            + "problem = COALESCE(:problem, problem) WHERE request_id = :request AND provider_id = :provider")
        .param("symbol", symbol).param("sentOn", sentOn).param("problem", problem)
        .param("request", requestId).param("provider", providerId).update();
  }

  private static CirculationEntry circulationEntry(ResultSet rs, int row) throws SQLException {
    return new CirculationEntry(rs.getLong("request_id"), rs.getLong("provider_id"), rs.getInt("ranking"),
        AssistanceArea.fromJson(rs.getString("matched_areas")), rs.getString("explanation"), rs.getBoolean("included"),
        "EXPERTS".equals(rs.getString("chosen_by")), rs.getString("letter_symbol"), date(rs, "sent_on"),
        rs.getString("reminder_symbol"), date(rs, "reminder_sent_on"), rs.getString("problem"));
  }

  // Clarifications

  void insertClarification(long requestId, int round, String questions, LocalDate askedOn, String askedBy,
      LocalDate dueOn) {
    jdbc.sql("INSERT INTO assistance_clarification (request_id, round_number, questions, asked_on, asked_by, due_on) "
            + "VALUES (:request, :round, :questions, :askedOn, :askedBy, :dueOn)")
        .param("request", requestId).param("round", round).param("questions", questions).param("askedOn", askedOn)
        .param("askedBy", askedBy).param("dueOn", dueOn).update();
  }

  List<Clarification> clarifications(long requestId) {
    return jdbc.sql("SELECT * FROM assistance_clarification WHERE request_id = :request ORDER BY round_number")
        .param("request", requestId).query(AssistanceRegister::clarification).list();
  }

  void clarificationReminder(long id, LocalDate sentOn) {
    jdbc.sql("UPDATE assistance_clarification SET reminder_sent_on = :on WHERE id = :id")
        .param("on", sentOn).param("id", id).update();
  }

  void clarificationAnswered(long id, String outcome, LocalDate answeredOn, String summary, String userId) {
    jdbc.sql("UPDATE assistance_clarification SET outcome = :outcome, answered_on = :on, answer_summary = :summary, "
            + "recorded_by = :user WHERE id = :id")
        .param("outcome", outcome).param("on", answeredOn).param("summary", summary).param("user", userId)
        .param("id", id).update();
  }

  private static Clarification clarification(ResultSet rs, int row) throws SQLException {
    return new Clarification(rs.getLong("id"), rs.getLong("request_id"), rs.getInt("round_number"),
        rs.getString("questions"), date(rs, "asked_on"), rs.getString("asked_by"), date(rs, "due_on"),
        date(rs, "reminder_sent_on"), date(rs, "answered_on"), rs.getString("outcome"), rs.getString("answer_summary"),
        rs.getString("recorded_by"));
  }

  // Escalations

  void insertEscalation(long requestId, LocalDate on) {
    jdbc.sql("INSERT INTO assistance_escalation (request_id, escalated_on) VALUES (:request, :on)")
        .param("request", requestId).param("on", on).update();
  }

  List<Escalation> escalations(long requestId) {
    return jdbc.sql("SELECT * FROM assistance_escalation WHERE request_id = :request ORDER BY id")
        .param("request", requestId).query(AssistanceRegister::escalation).list();
  }

  void decideEscalation(long id, LocalDate on, String decision, String raisedAt, LocalDate keepUntil, String notes,
      String userId) {
    jdbc.sql("UPDATE assistance_escalation SET decided_on = :on, decision = :decision, raised_at = :raisedAt, "
            + "keep_until = :keepUntil, notes = :notes, decided_by = :user WHERE id = :id")
        .param("on", on).param("decision", decision).param("raisedAt", raisedAt).param("keepUntil", keepUntil)
        .param("notes", notes).param("user", userId).param("id", id).update();
  }

  private static Escalation escalation(ResultSet rs, int row) throws SQLException {
    return new Escalation(rs.getLong("id"), rs.getLong("request_id"), date(rs, "escalated_on"), date(rs, "decided_on"),
        rs.getString("decision"), rs.getString("raised_at"), date(rs, "keep_until"), rs.getString("notes"),
        rs.getString("decided_by"));
  }

  // Feedback

  void insertFeedback(long requestId, Party from, LocalDate receivedOn, String summary, String userId, Instant now) {
    jdbc.sql("INSERT INTO assistance_feedback (request_id, from_party, received_on, summary, recorded_at, recorded_by) "
            + "VALUES (:request, :from, :receivedOn, :summary, :now, :user)")
        .param("request", requestId).param("from", from.name()).param("receivedOn", receivedOn)
        .param("summary", summary).param("now", Timestamp.from(now)).param("user", userId).update();
  }

  List<Feedback> feedback(long requestId) {
    return jdbc.sql("SELECT * FROM assistance_feedback WHERE request_id = :request ORDER BY id")
        .param("request", requestId).query(AssistanceRegister::feedback).list();
  }

  List<Feedback> allFeedback() {
    return jdbc.sql("SELECT * FROM assistance_feedback ORDER BY id").query(AssistanceRegister::feedback).list();
  }

  private static Feedback feedback(ResultSet rs, int row) throws SQLException {
    return new Feedback(rs.getLong("id"), rs.getLong("request_id"), Party.valueOf(rs.getString("from_party")),
        date(rs, "received_on"), rs.getString("summary"), rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"));
  }

  // Quarterly updates

  void quarterlyUpdateOpened(int year, int quarter, String processInstanceId) {
    int updated = jdbc.sql("UPDATE assistance_quarterly_update SET process_instance_id = :pi "
            + "WHERE report_year = :year AND report_quarter = :quarter")
        .param("pi", processInstanceId).param("year", year).param("quarter", quarter).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO assistance_quarterly_update (report_year, report_quarter, process_instance_id) "
              + "VALUES (:year, :quarter, :pi)")
          .param("pi", processInstanceId).param("year", year).param("quarter", quarter).update();
    }
  }

  void quarterlyUpdatePresented(int year, int quarter, LocalDate on, String userId, String notes) {
    jdbc.sql("UPDATE assistance_quarterly_update SET presented_on = :on, presented_by = :user, notes = :notes "
            + "WHERE report_year = :year AND report_quarter = :quarter")
        .param("on", on).param("user", userId).param("notes", notes).param("year", year).param("quarter", quarter)
        .update();
  }

  Optional<LocalDate> quarterlyUpdatePresentedOn(int year, int quarter) {
    return jdbc.sql("SELECT presented_on FROM assistance_quarterly_update WHERE report_year = :year "
            + "AND report_quarter = :quarter AND presented_on IS NOT NULL")
        .param("year", year).param("quarter", quarter).query(LocalDate.class).optional();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}

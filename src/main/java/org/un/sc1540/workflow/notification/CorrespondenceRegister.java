package org.un.sc1540.workflow.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The correspondence register. Every write commits on its own ({@code REQUIRES_NEW}), apart from
 * the job that sends the letter: the register must remember a letter the SMTP server accepted even
 * when the job's own transaction later rolls back, or a retry would send it twice.
 */
@Repository
public class CorrespondenceRegister {

  private static final String COLUMNS = "c.id, c.symbol, c.state_code, c.letter_type, c.language, c.recipient_to, "
      + "c.recipient_cc, c.subject, c.letter_date, c.body_html, c.body_text, c.process_instance_id, c.activity_id, "
      + "c.occurrence, c.business_key, c.status, c.message_id, c.attempts, c.last_error, c.created_at, c.sent_at, "
      + "c.organization_id, o.acronym AS organization";
  /** The register with the acronym of the organization a letter goes to, if any. */
  private static final String FROM = " FROM correspondence c LEFT JOIN organization o ON o.id = c.organization_id";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  CorrespondenceRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What a new letter needs once its number is known. */
  record Draft(String symbol, String stateCode, LetterType type, String language, String recipientTo,
      String recipientCc, String subject, LocalDate letterDate, String bodyHtml, String bodyText, String messageId,
      Long organizationId, String organization) {

    Draft(String symbol, String stateCode, LetterType type, String language, String recipientTo, String recipientCc,
        String subject, LocalDate letterDate, String bodyHtml, String bodyText, String messageId) {
      this(symbol, stateCode, type, language, recipientTo, recipientCc, subject, letterDate, bodyHtml, bodyText,
          messageId, null, null);
    }
  }

  /**
   * The letter for this origin: the one already registered, or a new one numbered now. The number
   * is taken and the row written in one transaction, so numbers have no gaps and no repeats, also
   * when many letters are registered at once.
   *
   * @param draft builds the letter from its (year, number); called only for a new letter
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Letter register(LetterRequest request, int year, IntFunction<Draft> draft) {
    Optional<Letter> existing = find(request);
    if (existing.isPresent()) {
      return existing.get();
    }
    int number = nextNumber(year);
    Draft letter = draft.apply(number);
    Instant now = Instant.now();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO correspondence (symbol, symbol_year, symbol_number, state_code, letter_type, language, "
            + "recipient_to, recipient_cc, subject, letter_date, body_html, body_text, process_instance_id, activity_id, "
            + "occurrence, business_key, status, message_id, attempts, created_at, updated_at, organization_id) VALUES "
            + "(:symbol, :year, :number, :state, :type, :language, :to, :cc, :subject, :letterDate, :html, :text, :processInstanceId, "
            + ":activityId, :occurrence, :businessKey, 'PENDING', :messageId, 0, :now, :now, :organizationId)")
        .param("symbol", letter.symbol())
        .param("year", year)
        .param("number", number)
        .param("state", letter.stateCode())
        .param("type", letter.type().name())
        .param("language", letter.language())
        .param("to", letter.recipientTo())
        .param("cc", letter.recipientCc())
        .param("subject", letter.subject())
        .param("letterDate", letter.letterDate())
        .param("html", letter.bodyHtml())
        .param("text", letter.bodyText())
        .param("processInstanceId", request.processInstanceId())
        .param("activityId", request.activityId())
        .param("occurrence", request.occurrence())
        .param("businessKey", request.businessKey())
        .param("messageId", letter.messageId())
        .param("now", Timestamp.from(now))
        .param("organizationId", letter.organizationId())
        .update(keys, "id");
    // The row as written, without reading it (and its two bodies) back.
    return new Letter(keys.getKey().longValue(), letter.symbol(), letter.stateCode(), letter.type(), letter.language(),
        letter.recipientTo(), letter.recipientCc(), letter.subject(), letter.letterDate(), letter.bodyHtml(),
        letter.bodyText(), request.processInstanceId(), request.activityId(), request.occurrence(),
        request.businessKey(), LetterStatus.PENDING, letter.messageId(), 0, null, now, null, letter.organizationId(),
        letter.organization());
  }

  private int nextNumber(int year) {
    // The row lock taken by this update serializes concurrent registrations until commit.
    if (incrementNumber(year) == 0) {
      openYear(year);
      if (incrementNumber(year) == 0) {
        throw new IllegalStateException("No letter sequence for " + year + " after opening it");
      }
    }
    return jdbc.sql("SELECT last_number FROM letter_sequence WHERE symbol_year = :year")
        .param("year", year).query(Integer.class).single();
  }

  private int incrementNumber(int year) {
    return jdbc.sql("UPDATE letter_sequence SET last_number = last_number + 1 WHERE symbol_year = :year")
        .param("year", year).update();
  }

  /**
   * Creates the year's counter in a transaction of its own: when two letters open a year at once,
   * one insert fails on the key, and on PostgreSQL a failed statement spoils its whole transaction.
   */
  private void openYear(int year) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.sql(
          "INSERT INTO letter_sequence (symbol_year, last_number) VALUES (:year, 0)").param("year", year).update());
    } catch (DuplicateKeyException openedMeanwhile) {
      // Another letter opened the year first; its counter is there to use.
    }
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void markSent(long id, Instant sentAt) {
    jdbc.sql("UPDATE correspondence SET status = 'SENT', sent_at = :sentAt, attempts = attempts + 1, "
            + "last_error = NULL, updated_at = :sentAt WHERE id = :id")
        .param("sentAt", Timestamp.from(sentAt))
        .param("id", id)
        .update();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void markFailed(long id, String error) {
    jdbc.sql("UPDATE correspondence SET status = 'FAILED', attempts = attempts + 1, last_error = :error, "
            + "updated_at = :now WHERE id = :id AND status <> 'SENT'")
        .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
        .param("now", Timestamp.from(Instant.now()))
        .param("id", id)
        .update();
  }

  public Optional<Letter> find(LetterRequest request) {
    String addressee = request.toOrganization() ? "c.organization_id = :addressee" : "c.state_code = :addressee";
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.process_instance_id = :processInstanceId "
            + "AND c.activity_id = :activityId AND " + addressee + " AND c.letter_type = :type "
            + "AND c.occurrence = :occurrence")
        .param("processInstanceId", request.processInstanceId())
        .param("activityId", request.activityId())
        .param("addressee", request.toOrganization() ? request.organizationId() : request.stateCode())
        .param("type", request.type().name())
        .param("occurrence", request.occurrence())
        .query(CorrespondenceRegister::letter)
        .optional();
  }

  public Optional<Letter> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = :id").param("id", id)
        .query(CorrespondenceRegister::letter).optional();
  }

  /** Newest first; {@code stateCode} and {@code status} may be null for all. */
  public List<Letter> search(String stateCode, LetterStatus status, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE 1 = 1");
    if (stateCode != null) {
      sql.append(" AND c.state_code = :state");
    }
    if (status != null) {
      sql.append(" AND c.status = :status");
    }
    sql.append(" ORDER BY c.id DESC FETCH FIRST :limit ROWS ONLY");
    JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("limit", limit);
    if (stateCode != null) {
      query = query.param("state", stateCode);
    }
    if (status != null) {
      query = query.param("status", status.name());
    }
    return query.query(CorrespondenceRegister::letter).list();
  }

  public List<Letter> forState(String stateCode) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.state_code = :state ORDER BY c.id")
        .param("state", stateCode)
        .query(CorrespondenceRegister::letter)
        .list();
  }

  public List<Letter> forProcessInstance(String processInstanceId) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.process_instance_id = :pi ORDER BY c.id")
        .param("pi", processInstanceId)
        .query(CorrespondenceRegister::letter)
        .list();
  }

  private static Letter letter(ResultSet rs, int rowNum) throws SQLException {
    Timestamp sentAt = rs.getTimestamp("sent_at");
    return new Letter(rs.getLong("id"), rs.getString("symbol"), rs.getString("state_code"),
        LetterType.valueOf(rs.getString("letter_type")), rs.getString("language"), rs.getString("recipient_to"),
        rs.getString("recipient_cc"), rs.getString("subject"), rs.getObject("letter_date", LocalDate.class),
        rs.getString("body_html"), rs.getString("body_text"), rs.getString("process_instance_id"),
        rs.getString("activity_id"), rs.getInt("occurrence"), rs.getString("business_key"),
        LetterStatus.valueOf(rs.getString("status")), rs.getString("message_id"), rs.getInt("attempts"),
        rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
        sentAt == null ? null : sentAt.toInstant(), rs.getObject("organization_id", Long.class),
        rs.getString("organization"));
  }
}

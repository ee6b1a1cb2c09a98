package org.un.sc1540.workflow.reporting;

import org.un.sc1540.workflow.notification.FreeTextPlacement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cycle register (table {@code first_report_cycle}). Written from the cycle's own steps, inside
 * the engine's transaction: a step that rolls back leaves no trace here either.
 */
@Repository
public class ReminderCycleRegister {

  private static final String COLUMNS = "process_instance_id, state_code, campaign_year, started_at, first_note_on, "
      + "first_note_symbol, notes_sent, assistance_mentioned, holds, escalated_on, meeting_outcome, meeting_notes, "
      + "assistance_outcome, assistance_notes, report_received_on, days_to_report, status, ended_at, last_note_on, "
      + "last_note_symbol";

  private final JdbcClient jdbc;

  ReminderCycleRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(String processInstanceId, String stateCode, Integer campaignYear, Instant startedAt) {
    jdbc.sql("INSERT INTO first_report_cycle (process_instance_id, state_code, campaign_year, started_at, status) "
            + "VALUES (:pi, :state, :year, :startedAt, 'RUNNING')")
        .param("pi", processInstanceId)
        .param("state", stateCode)
        .param("year", campaignYear)
        .param("startedAt", Timestamp.from(startedAt))
        .update();
  }

  /** Counts a note; the first one also gives the cycle its first-note date and symbol. */
  void noteSent(String processInstanceId, LocalDate letterDate, String symbol, boolean mentionedAssistance) {
    jdbc.sql("UPDATE first_report_cycle SET notes_sent = notes_sent + 1, "
            + "first_note_on = COALESCE(first_note_on, :letterDate), "
            + "first_note_symbol = COALESCE(first_note_symbol, :symbol), "
            + "last_note_on = :letterDate, last_note_symbol = :symbol, "
            + "assistance_mentioned = (assistance_mentioned OR :assistance) WHERE process_instance_id = :pi")
        .param("letterDate", letterDate)
        .param("symbol", symbol)
        .param("assistance", mentionedAssistance)
        .param("pi", processInstanceId)
        .update();
  }

  /** Keeps the secretariat's review of the next note; a hold is also counted on the cycle. */
  void reviewed(String processInstanceId, NoteReview review) {
    jdbc.sql("INSERT INTO first_report_note_review (process_instance_id, note_number, decision, mention_assistance, "
            + "additional_paragraph, paragraph_placement, hold_reason, reviewed_by, reviewed_at) "
            + "VALUES (:pi, :number, :decision, :assistance, :paragraph, :placement, :reason, :by, :at)")
        .param("pi", processInstanceId)
        .param("number", review.noteNumber())
        .param("decision", review.decision().name())
        .param("assistance", review.mentionAssistance())
        .param("paragraph", review.additionalParagraph())
        .param("placement", review.paragraphPlacement() == null ? null : review.paragraphPlacement().name())
        .param("reason", review.holdReason())
        .param("by", review.reviewedBy())
        .param("at", Timestamp.from(review.reviewedAt()))
        .update();
    if (review.decision() == NoteReview.Decision.HOLD) {
      jdbc.sql("UPDATE first_report_cycle SET holds = holds + 1 WHERE process_instance_id = :pi")
          .param("pi", processInstanceId).update();
    }
  }

  /** The cycle's latest review: the one the note now being sent, or the hold now running, follows. */
  Optional<NoteReview> latestReview(String processInstanceId) {
    return jdbc.sql("SELECT note_number, decision, mention_assistance, additional_paragraph, paragraph_placement, "
            + "hold_reason, reviewed_by, reviewed_at FROM first_report_note_review WHERE process_instance_id = :pi "
            + "ORDER BY id DESC")
        .param("pi", processInstanceId)
        .query((rs, n) -> new NoteReview(rs.getInt("note_number"), NoteReview.Decision.valueOf(rs.getString("decision")),
            rs.getBoolean("mention_assistance"), rs.getString("additional_paragraph"),
            rs.getString("paragraph_placement") == null ? null
                : FreeTextPlacement.valueOf(rs.getString("paragraph_placement")), rs.getString("hold_reason"),
            rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at").toInstant()))
        .list().stream().findFirst();
  }

  void escalated(String processInstanceId, LocalDate day) {
    jdbc.sql("UPDATE first_report_cycle SET escalated_on = COALESCE(escalated_on, :day) WHERE process_instance_id = :pi")
        .param("day", day).param("pi", processInstanceId).update();
  }

  void meetingOutcome(String processInstanceId, ReminderCycle.MeetingOutcome outcome, String notes, String recordedBy) {
    jdbc.sql("UPDATE first_report_cycle SET meeting_outcome = :outcome, meeting_notes = :notes, "
            + "meeting_recorded_by = :by WHERE process_instance_id = :pi")
        .param("outcome", outcome.name()).param("notes", notes).param("by", recordedBy).param("pi", processInstanceId)
        .update();
  }

  void assistanceOutcome(String processInstanceId, ReminderCycle.AssistanceOutcome outcome, String notes,
      String recordedBy) {
    jdbc.sql("UPDATE first_report_cycle SET assistance_outcome = :outcome, assistance_notes = :notes, "
            + "assistance_recorded_by = :by WHERE process_instance_id = :pi")
        .param("outcome", outcome.name()).param("notes", notes).param("by", recordedBy).param("pi", processInstanceId)
        .update();
  }

  /** Ends the cycle with the report; days are counted from the first note (null when no note went out). */
  void reported(String processInstanceId, LocalDate reportReceivedOn, Instant endedAt) {
    LocalDate firstNote = find(processInstanceId).map(ReminderCycle::firstNoteOn).orElse(null);
    Integer days = firstNote == null ? null : (int) ChronoUnit.DAYS.between(firstNote, reportReceivedOn);
    jdbc.sql("UPDATE first_report_cycle SET status = 'REPORTED', report_received_on = :reportOn, "
            + "days_to_report = :days, ended_at = :endedAt WHERE process_instance_id = :pi")
        .param("reportOn", reportReceivedOn)
        .param("days", days)
        .param("endedAt", Timestamp.from(endedAt))
        .param("pi", processInstanceId)
        .update();
  }

  /** A cycle deleted in Cockpit or by migration ends without a report; a reported one stays reported. */
  void cancelledIfRunning(String processInstanceId, Instant endedAt) {
    jdbc.sql("UPDATE first_report_cycle SET status = 'CANCELLED', ended_at = :endedAt "
            + "WHERE process_instance_id = :pi AND status = 'RUNNING'")
        .param("endedAt", Timestamp.from(endedAt)).param("pi", processInstanceId).update();
  }

  public Optional<ReminderCycle> find(String processInstanceId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM first_report_cycle WHERE process_instance_id = :pi")
        .param("pi", processInstanceId).query(ReminderCycleRegister::cycle).optional();
  }

  public List<ReminderCycle> forState(String stateCode) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM first_report_cycle WHERE state_code = :state ORDER BY started_at")
        .param("state", stateCode).query(ReminderCycleRegister::cycle).list();
  }

  /** The State codes of the cycles the register holds as running. */
  public List<String> runningStates() {
    return jdbc.sql("SELECT state_code FROM first_report_cycle WHERE status = 'RUNNING' ORDER BY state_code")
        .query(String.class).list();
  }

  public List<ReminderCycle> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM first_report_cycle ORDER BY state_code, started_at")
        .query(ReminderCycleRegister::cycle).list();
  }

  private static ReminderCycle cycle(ResultSet rs, int rowNum) throws SQLException {
    String meeting = rs.getString("meeting_outcome");
    String assistance = rs.getString("assistance_outcome");
    Timestamp endedAt = rs.getTimestamp("ended_at");
    return new ReminderCycle(rs.getString("process_instance_id"), rs.getString("state_code"),
        (Integer) rs.getObject("campaign_year", Integer.class), rs.getTimestamp("started_at").toInstant(),
        rs.getObject("first_note_on", LocalDate.class), rs.getString("first_note_symbol"), rs.getInt("notes_sent"),
        rs.getBoolean("assistance_mentioned"), rs.getInt("holds"), rs.getObject("escalated_on", LocalDate.class),
        meeting == null ? null : ReminderCycle.MeetingOutcome.valueOf(meeting), rs.getString("meeting_notes"),
        assistance == null ? null : ReminderCycle.AssistanceOutcome.valueOf(assistance),
        rs.getString("assistance_notes"), rs.getObject("report_received_on", LocalDate.class),
        rs.getObject("days_to_report", Integer.class), ReminderCycle.Status.valueOf(rs.getString("status")),
        endedAt == null ? null : endedAt.toInstant(), rs.getObject("last_note_on", LocalDate.class),
        rs.getString("last_note_symbol"));
  }
}

package org.un.sc1540.workflow.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.un.sc1540.workflow.registry.SubmissionKind;

/** The table {@code report_recording}: every recording of a State's submission and what it did. */
@Repository
class ReportRecordings {

  private static final String COLUMNS = "id, state_code, kind, received_on, reference, recorded_through, "
      + "first_report_on, already_recorded, cycle_process_instance_id, process_instance_id, recorded_by, recorded_at";

  private final JdbcClient jdbc;

  ReportRecordings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ReportRecording insert(ReportRecording recording) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO report_recording (state_code, kind, received_on, reference, recorded_through, "
            + "first_report_on, already_recorded, cycle_process_instance_id, process_instance_id, recorded_by, "
            + "recorded_at) VALUES (:state, :kind, :receivedOn, :reference, :channel, :firstReportOn, :already, "
            + ":cycle, :pi, :by, :at)")
        .param("state", recording.stateCode())
        .param("kind", recording.kind().name())
        .param("receivedOn", recording.receivedOn())
        .param("reference", recording.reference())
        .param("channel", recording.recordedThrough().name())
        .param("firstReportOn", recording.firstReportOn())
        .param("already", recording.alreadyRecorded())
        .param("cycle", recording.cycleProcessInstanceId())
        .param("pi", recording.processInstanceId())
        .param("by", recording.recordedBy())
        .param("at", Timestamp.from(recording.recordedAt()))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    return new ReportRecording(id, recording.stateCode(), recording.kind(), recording.receivedOn(),
        recording.reference(), recording.recordedThrough(), recording.firstReportOn(), recording.alreadyRecorded(),
        recording.cycleProcessInstanceId(), recording.processInstanceId(), recording.recordedBy(),
        recording.recordedAt());
  }

  void cycleEnded(long id, String cycleProcessInstanceId) {
    jdbc.sql("UPDATE report_recording SET cycle_process_instance_id = :cycle WHERE id = :id")
        .param("cycle", cycleProcessInstanceId).param("id", id).update();
  }

  /** The latest recording made by a Tasklist or message process. */
  Optional<ReportRecording> byProcessInstance(String processInstanceId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM report_recording WHERE process_instance_id = :pi ORDER BY id DESC")
        .param("pi", processInstanceId).query(ReportRecordings::recording).list().stream().findFirst();
  }

  List<ReportRecording> forState(String stateCode) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM report_recording WHERE state_code = :state ORDER BY id")
        .param("state", stateCode).query(ReportRecordings::recording).list();
  }

  private static ReportRecording recording(ResultSet rs, int rowNum) throws SQLException {
    return new ReportRecording(rs.getLong("id"), rs.getString("state_code"),
        SubmissionKind.valueOf(rs.getString("kind")), rs.getObject("received_on", LocalDate.class),
        rs.getString("reference"), ReportRecording.Channel.valueOf(rs.getString("recorded_through")),
        rs.getObject("first_report_on", LocalDate.class), rs.getBoolean("already_recorded"),
        rs.getString("cycle_process_instance_id"), rs.getString("process_instance_id"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}

package org.un.sc1540.workflow.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegistryRepository {

  private static final String CONTACT_COLUMNS =
      "id, state_code, role, name, organization, email, valid_from, valid_to, demo";

  private final JdbcClient jdbc;

  RegistryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<MemberState> findAllStates() {
    return jdbc.sql("SELECT iso3, iso2, name, language, addressee FROM member_state ORDER BY iso3")
        .query((rs, n) -> new MemberState(rs.getString("iso3"), rs.getString("iso2"), rs.getString("name"),
            UnLanguage.of(rs.getString("language")), rs.getString("addressee")))
        .list();
  }

  List<Contact> findContacts(String stateCode) {
    return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM state_contact WHERE state_code = :state "
            + "ORDER BY role, valid_from, id")
        .param("state", stateCode)
        .query(RegistryRepository::contact)
        .list();
  }

  List<Contact> findAllContacts() {
    return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM state_contact ORDER BY state_code, role, valid_from, id")
        .query(RegistryRepository::contact)
        .list();
  }

  List<Contact> findCurrentContacts(String stateCode, LocalDate day) {
    return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM state_contact WHERE state_code = :state "
            + "AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day) ORDER BY role, id")
        .param("state", stateCode)
        .param("day", day)
        .query(RegistryRepository::contact)
        .list();
  }

  long countContacts() {
    return jdbc.sql("SELECT COUNT(*) FROM state_contact").query(Long.class).single();
  }

  void insertContact(String stateCode, ContactRole role, String name, String organization, String email,
      LocalDate validFrom, boolean demo) {
    jdbc.sql("INSERT INTO state_contact (state_code, role, name, organization, email, valid_from, demo) "
            + "VALUES (:state, :role, :name, :organization, :email, :validFrom, :demo)")
        .param("state", stateCode)
        .param("role", role.name())
        .param("name", name)
        .param("organization", organization)
        .param("email", email)
        .param("validFrom", validFrom)
        .param("demo", demo)
        .update();
  }

  void endContact(long id, LocalDate validTo) {
    jdbc.sql("UPDATE state_contact SET valid_to = :validTo WHERE id = :id AND valid_to IS NULL")
        .param("validTo", validTo)
        .param("id", id)
        .update();
  }

  Optional<LocalDate> findFirstReportDate(String stateCode) {
    return jdbc.sql("SELECT MIN(received_on) FROM state_submission WHERE state_code = :state AND kind = 'FIRST_REPORT'")
        .param("state", stateCode)
        .query(LocalDate.class)
        .optional();
  }

  List<Submission> findSubmissions() {
    return jdbc.sql("SELECT state_code, kind, received_on, reference FROM state_submission "
            + "ORDER BY state_code, received_on, id")
        .query((rs, n) -> new Submission(rs.getString("state_code"), SubmissionKind.valueOf(rs.getString("kind")),
            rs.getObject("received_on", LocalDate.class), rs.getString("reference")))
        .list();
  }

  void insertSubmission(String stateCode, SubmissionKind kind, LocalDate receivedOn, String reference) {
    jdbc.sql("INSERT INTO state_submission (state_code, kind, received_on, reference) "
            + "VALUES (:state, :kind, :receivedOn, :reference)")
        .param("state", stateCode)
        .param("kind", kind.name())
        .param("receivedOn", receivedOn)
        .param("reference", reference)
        .update();
  }

  List<String> findStatesWithoutFirstReport() {
    return jdbc.sql("SELECT iso3 FROM member_state m WHERE NOT EXISTS (SELECT 1 FROM state_submission s "
            + "WHERE s.state_code = m.iso3 AND s.kind = 'FIRST_REPORT') ORDER BY iso3")
        .query(String.class)
        .list();
  }

  private static Contact contact(ResultSet rs, int rowNum) throws SQLException {
    return new Contact(rs.getLong("id"), rs.getString("state_code"), ContactRole.valueOf(rs.getString("role")),
        rs.getString("name"), rs.getString("organization"), rs.getString("email"),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
        rs.getBoolean("demo"));
  }
}

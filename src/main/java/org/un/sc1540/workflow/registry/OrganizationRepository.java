package org.un.sc1540.workflow.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

  private static final String ORGANIZATION_COLUMNS = "id, acronym, name, kind, language, email, demo";
  private static final String CONTACT_COLUMNS = "id, organization_id, name, unit, email, valid_from, valid_to, demo";

  private final JdbcClient jdbc;

  OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Organization> findAll() {
    return jdbc.sql("SELECT " + ORGANIZATION_COLUMNS + " FROM organization ORDER BY acronym_key")
        .query(OrganizationRepository::organization)
        .list();
  }

  Optional<Organization> findByAcronym(String acronym) {
    return jdbc.sql("SELECT " + ORGANIZATION_COLUMNS + " FROM organization WHERE acronym_key = :key")
        .param("key", key(acronym))
        .query(OrganizationRepository::organization)
        .optional();
  }

  Optional<Organization> findById(long id) {
    return jdbc.sql("SELECT " + ORGANIZATION_COLUMNS + " FROM organization WHERE id = :id")
        .param("id", id)
        .query(OrganizationRepository::organization)
        .optional();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single();
  }

  /** @return the new organization's id */
  long insert(String acronym, String name, OrganizationKind kind, UnLanguage language, String email, boolean demo) {
    jdbc.sql("INSERT INTO organization (acronym, acronym_key, name, kind, language, email, demo) "
            + "VALUES (:acronym, :key, :name, :kind, :language, :email, :demo)")
        .param("acronym", acronym)
        .param("key", key(acronym))
        .param("name", name)
        .param("kind", kind.name())
        .param("language", language.code())
        .param("email", email)
        .param("demo", demo)
        .update();
    return findByAcronym(acronym).orElseThrow().id();
  }

  /** An organization's details as a file now gives them: no longer demonstration data. */
  void update(long id, String acronym, String name, OrganizationKind kind, UnLanguage language, String email) {
    jdbc.sql("UPDATE organization SET acronym = :acronym, name = :name, kind = :kind, language = :language, "
            + "email = :email, demo = FALSE WHERE id = :id")
        .param("acronym", acronym)
        .param("name", name)
        .param("kind", kind.name())
        .param("language", language.code())
        .param("email", email)
        .param("id", id)
        .update();
  }

  List<OrganizationContact> findContacts(long organizationId) {
    return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM organization_contact WHERE organization_id = :id "
            + "ORDER BY valid_from, id")
        .param("id", organizationId)
        .query(OrganizationRepository::contact)
        .list();
  }

  List<OrganizationContact> findAllContacts() {
    return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM organization_contact ORDER BY organization_id, valid_from, id")
        .query(OrganizationRepository::contact)
        .list();
  }

  List<OrganizationContact> findAllCurrentContacts(LocalDate day) {
    return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM organization_contact "
            + "WHERE valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day) ORDER BY organization_id, id")
        .param("day", day)
        .query(OrganizationRepository::contact)
        .list();
  }

  void insertContact(long organizationId, String name, String unit, String email, LocalDate validFrom, boolean demo) {
    jdbc.sql("INSERT INTO organization_contact (organization_id, name, unit, email, valid_from, demo) "
            + "VALUES (:organization, :name, :unit, :email, :validFrom, :demo)")
        .param("organization", organizationId)
        .param("name", name)
        .param("unit", unit)
        .param("email", email)
        .param("validFrom", validFrom)
        .param("demo", demo)
        .update();
  }

  void endContact(long id, LocalDate validTo) {
    jdbc.sql("UPDATE organization_contact SET valid_to = :validTo WHERE id = :id AND valid_to IS NULL")
        .param("validTo", validTo)
        .param("id", id)
        .update();
  }

  static String key(String acronym) {
    return acronym.toUpperCase(Locale.ROOT);
  }

  private static Organization organization(ResultSet rs, int rowNum) throws SQLException {
    return new Organization(rs.getLong("id"), rs.getString("acronym"), rs.getString("name"),
        OrganizationKind.valueOf(rs.getString("kind")), UnLanguage.of(rs.getString("language")),
        rs.getString("email"), rs.getBoolean("demo"));
  }

  private static OrganizationContact contact(ResultSet rs, int rowNum) throws SQLException {
    return new OrganizationContact(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
        rs.getString("unit"), rs.getString("email"), rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class), rs.getBoolean("demo"));
  }
}

package org.un.sc1540.workflow.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.un.sc1540.workflow.web.CsvCells;

/**
 * The contacts file: one row per current contact of a State.
 *
 * <pre>
 * state,role,name,organization,email,valid_from
 * FRA,MISSION,Permanent Mission of France,,france@example.org,2026-01-01
 * FRA,POC,Jeanne Martin,Ministry of Europe and Foreign Affairs,j.martin@example.org,
 * </pre>
 *
 * Every row is checked and every problem reported with its line number before anything is
 * written; a file with a single bad row imports nothing.
 */
final class ContactCsv {

  static final List<String> HEADER = List.of("state", "role", "name", "organization", "email", "valid_from");
  static final int MAX_ROWS = 10_000;
  static final int MAX_FIELD_LENGTH = 200;

  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
      .setHeader("state", "role", "name", "organization", "email", "valid_from", "valid_to", "demo").get();

  record Row(long line, String stateCode, ContactRole role, String name, String organization, String email,
      LocalDate validFrom) {}

  private ContactCsv() {}

  /** Parses and checks the whole file; throws {@link CsvImportException} listing every bad row. */
  static List<Row> parse(Reader reader, Set<String> memberCodes, LocalDate today) {
    Map<String, Long> seen = new HashMap<>();
    Map<String, Long> missions = new HashMap<>();
    return CsvImport.read(reader, HEADER, MAX_ROWS, "contacts",
        (record, line, problems) -> check(record, line, memberCodes, today, problems),
        (row, line) -> {
          Long earlier = seen.putIfAbsent(row.stateCode() + "|" + row.role() + "|"
              + row.email().toLowerCase(Locale.ROOT), line);
          if (earlier != null) {
            return "duplicate row: the same contact is on line " + earlier;
          }
          Long otherMission = row.role() == ContactRole.MISSION ? missions.putIfAbsent(row.stateCode(), line) : null;
          return otherMission == null ? null : "a State has one Permanent Mission address; line " + otherMission
              + " already gives one for " + row.stateCode();
        });
  }

  private static Row check(CSVRecord record, long line, Set<String> memberCodes, LocalDate today,
      List<String> problems) {
    String state = record.get("state").toUpperCase(Locale.ROOT);
    if (state.isEmpty()) {
      problems.add("state is missing");
    } else if (!memberCodes.contains(state)) {
      problems.add("unknown State code '" + state + "': not one of the 193 Member States");
    }
    ContactRole role = null;
    String roleText = record.get("role").toUpperCase(Locale.ROOT);
    if (roleText.isEmpty()) {
      problems.add("role is missing (MISSION or POC)");
    } else {
      try {
        role = ContactRole.valueOf(roleText);
      } catch (IllegalArgumentException e) {
        problems.add("role '" + record.get("role") + "' is neither MISSION nor POC");
      }
    }
    String name = record.get("name");
    if (name.isEmpty()) {
      problems.add("name is missing");
    }
    String organization = record.get("organization");
    CsvImport.checkText(record, List.of("name", "organization"), MAX_FIELD_LENGTH, problems);
    String email = record.get("email");
    String emailProblem = EmailAddresses.problem(email);
    if (emailProblem != null) {
      problems.add(emailProblem);
    }
    LocalDate validFrom = CsvImport.validFrom(record, today, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Row(line, state, role, name, organization.isEmpty() ? null : organization, email, validFrom);
  }

  static void write(List<Contact> contacts, Writer out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      for (Contact c : contacts) {
        CsvCells.printRecord(printer, c.stateCode(), c.role(), c.name(), c.organization(), c.email(), c.validFrom(),
            c.validTo(), c.demo());
      }
    }
  }
}

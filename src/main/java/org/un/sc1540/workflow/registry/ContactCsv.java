package org.un.sc1540.workflow.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

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

  // Blank lines are read as records and skipped here, not by the parser: a parser that skips
  // them moves its line count past them before the next record, so every later line number
  // would be off by the blank lines above it. Header case is ignored, as the header check does.
  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setIgnoreHeaderCase(true).setTrim(true)
      .get();
  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
      .setHeader("state", "role", "name", "organization", "email", "valid_from", "valid_to", "demo").get();

  record Row(long line, String stateCode, ContactRole role, String name, String organization, String email,
      LocalDate validFrom) {}

  private ContactCsv() {}

  /** Parses and checks the whole file; throws {@link CsvImportException} listing every bad row. */
  static List<Row> parse(Reader reader, Set<String> memberCodes, LocalDate today) {
    List<CsvRowError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Map<String, Long> missions = new HashMap<>();
    try (CSVParser parser = READ.parse(reader)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      if (header.isEmpty()) {
        throw new CsvImportException(List.of(new CsvRowError(1,
            "the file is empty; the first line must be the header '" + String.join(",", HEADER) + "'")));
      }
      if (!header.equals(HEADER)) {
        throw new CsvImportException(List.of(new CsvRowError(1,
            "the header must be exactly '" + String.join(",", HEADER) + "' but is '" + String.join(",", header) + "'")));
      }
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        long line = parser.getCurrentLineNumber() + 1;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          errors.add(new CsvRowError(line, "malformed CSV: " + rootMessage(e)));
          break;
        }
        if (isBlank(record)) {
          continue;
        }
        if (rows.size() + errors.size() >= MAX_ROWS) {
          errors.add(new CsvRowError(line, "the file has more than " + MAX_ROWS + " rows"));
          break;
        }
        Row row = check(record, line, memberCodes, today, errors);
        if (row == null) {
          continue;
        }
        String key = row.stateCode() + "|" + row.role() + "|" + row.email().toLowerCase(Locale.ROOT);
        Long earlier = seen.putIfAbsent(key, row.line());
        if (earlier != null) {
          errors.add(new CsvRowError(row.line(), "duplicate row: the same contact is on line " + earlier));
          continue;
        }
        if (row.role() == ContactRole.MISSION) {
          Long otherMission = missions.putIfAbsent(row.stateCode(), row.line());
          if (otherMission != null) {
            errors.add(new CsvRowError(row.line(), "a State has one Permanent Mission address; line "
                + otherMission + " already gives one for " + row.stateCode()));
            continue;
          }
        }
        rows.add(row);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      errors.add(new CsvRowError(1, "malformed CSV: " + rootMessage(e)));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new CsvRowError(1, "the file has a header but no contacts"));
    }
    if (!errors.isEmpty()) {
      throw new CsvImportException(errors);
    }
    return rows;
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  private static Row check(CSVRecord record, long line, Set<String> memberCodes, LocalDate today,
      List<CsvRowError> errors) {
    if (!record.isConsistent()) {
      errors.add(new CsvRowError(line, "expected " + HEADER.size() + " fields but found " + record.size()));
      return null;
    }
    List<String> problems = new ArrayList<>();
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
    for (String field : List.of("name", "organization")) {
      String value = record.get(field);
      if (value.chars().anyMatch(Character::isISOControl)) {
        problems.add(field + " contains a line break or control character");
      } else if (value.length() > MAX_FIELD_LENGTH) {
        problems.add(field + " is longer than " + MAX_FIELD_LENGTH + " characters");
      }
    }
    String email = record.get("email");
    String emailProblem = EmailAddresses.problem(email);
    if (emailProblem != null) {
      problems.add(emailProblem);
    }
    LocalDate validFrom = today;
    String validFromText = record.get("valid_from");
    if (!validFromText.isEmpty()) {
      try {
        validFrom = LocalDate.parse(validFromText);
      } catch (DateTimeParseException e) {
        problems.add("valid_from '" + validFromText + "' is not a date in the form YYYY-MM-DD");
      }
    }
    if (!problems.isEmpty()) {
      errors.add(new CsvRowError(line, String.join("; ", problems)));
      return null;
    }
    return new Row(line, state, role, name, organization.isEmpty() ? null : organization, email, validFrom);
  }

  static void write(List<Contact> contacts, Writer out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      for (Contact c : contacts) {
        printer.printRecord(c.stateCode(), c.role(), c.name(), c.organization(), c.email(), c.validFrom(),
            c.validTo(), c.demo());
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}

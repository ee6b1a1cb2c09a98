package org.un.sc1540.workflow.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.un.sc1540.workflow.web.CsvCells;

/**
 * The organizations' contacts file: one row per current 1540 point of contact, with the details of
 * its organization, so that a file can bring an organization the registry does not have yet.
 *
 * <pre>
 * acronym,organization,kind,language,organization_email,name,unit,email,valid_from
 * IAEA,International Atomic Energy Agency,INTERNATIONAL,en,iaea@example.org,Ana Lima,Division of Nuclear Security,a.lima@example.org,2026-01-01
 * </pre>
 *
 * Every row is checked and every problem reported with its line number before anything is
 * written; a file with a single bad row imports nothing.
 */
final class OrganizationContactCsv {

  static final List<String> HEADER = List.of("acronym", "organization", "kind", "language", "organization_email",
      "name", "unit", "email", "valid_from");
  static final int MAX_ROWS = 10_000;
  static final int MAX_FIELD_LENGTH = 200;
  static final int MAX_ACRONYM_LENGTH = 30;

  // Letters and digits first (so no acronym is read as a spreadsheet formula), then also spaces and
  // the marks real acronyms use: "OAS/CICTE", "BWC ISU", "UN-Habitat", "S.I.C.A.".
  private static final Pattern ACRONYM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./&-]*");

  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
      .setHeader("acronym", "organization", "kind", "language", "organization_email", "name", "unit", "email",
          "valid_from", "valid_to", "demo")
      .get();

  record Row(long line, String acronym, String organization, OrganizationKind kind, UnLanguage language,
      String organizationEmail, String name, String unit, String email, LocalDate validFrom) {

    String key() {
      return OrganizationRepository.key(acronym);
    }

    boolean sameOrganizationAs(Row other) {
      return organization.equals(other.organization) && kind == other.kind && language == other.language
          && organizationEmail.equalsIgnoreCase(other.organizationEmail);
    }
  }

  private OrganizationContactCsv() {}

  /** Parses and checks the whole file; throws {@link CsvImportException} listing every bad row. */
  static List<Row> parse(Reader reader, LocalDate today) {
    Map<String, Long> seen = new HashMap<>();
    Map<String, Row> organizations = new HashMap<>();
    return CsvImport.read(reader, HEADER, MAX_ROWS, "contacts",
        (record, line, problems) -> check(record, line, today, problems),
        (row, line) -> {
          Row first = organizations.putIfAbsent(row.key(), row);
          if (first != null && !row.sameOrganizationAs(first)) {
            return "the details of " + first.acronym() + " (organization, kind, language, organization_email) "
                + "differ from line " + first.line() + "; give them the same on every line";
          }
          Long earlier = seen.putIfAbsent(row.key() + "|" + row.email().toLowerCase(Locale.ROOT), line);
          return earlier == null ? null : "duplicate row: the same contact is on line " + earlier;
        });
  }

  private static Row check(CSVRecord record, long line, LocalDate today, List<String> problems) {
    String acronym = record.get("acronym");
    if (acronym.isEmpty()) {
      problems.add("acronym is missing");
    } else if (acronym.length() > MAX_ACRONYM_LENGTH) {
      problems.add("acronym is longer than " + MAX_ACRONYM_LENGTH + " characters");
    } else if (!ACRONYM.matcher(acronym).matches()) {
      problems.add("acronym '" + acronym + "' must begin with a letter or digit and have only letters, digits,"
          + " spaces and . / & -");
    }
    for (String field : List.of("organization", "name")) {
      if (record.get(field).isEmpty()) {
        problems.add(field + " is missing");
      }
    }
    for (String field : List.of("organization", "name", "unit")) {
      String value = record.get(field);
      if (value.chars().anyMatch(Character::isISOControl)) {
        problems.add(field + " contains a line break or control character");
      } else if (value.length() > MAX_FIELD_LENGTH) {
        problems.add(field + " is longer than " + MAX_FIELD_LENGTH + " characters");
      }
    }
    OrganizationKind kind = null;
    String kindText = record.get("kind").toUpperCase(Locale.ROOT);
    if (kindText.isEmpty()) {
      problems.add("kind is missing (INTERNATIONAL, REGIONAL or SUBREGIONAL)");
    } else {
      try {
        kind = OrganizationKind.valueOf(kindText);
      } catch (IllegalArgumentException e) {
        problems.add("kind '" + record.get("kind") + "' is not INTERNATIONAL, REGIONAL or SUBREGIONAL");
      }
    }
    UnLanguage language = null;
    String languageText = record.get("language").toLowerCase(Locale.ROOT);
    if (languageText.isEmpty()) {
      problems.add("language is missing (ar, zh, en, fr, ru or es)");
    } else {
      try {
        language = UnLanguage.of(languageText);
      } catch (IllegalArgumentException e) {
        problems.add("language " + e.getMessage());
      }
    }
    String organizationEmail = record.get("organization_email");
    String organizationEmailProblem = EmailAddresses.problem(organizationEmail);
    if (organizationEmailProblem != null) {
      problems.add("organization_email: " + organizationEmailProblem);
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
      return null;
    }
    String unit = record.get("unit");
    return new Row(line, acronym, record.get("organization"), kind, language, organizationEmail, record.get("name"),
        unit.isEmpty() ? null : unit, email, validFrom);
  }

  /** Every contact with its history, each with its organization's details. */
  static void write(List<Organization> organizations, List<OrganizationContact> contacts, Writer out)
      throws IOException {
    Map<Long, List<OrganizationContact>> byOrganization = contacts.stream()
        .collect(Collectors.groupingBy(OrganizationContact::organizationId));
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      for (Organization o : organizations) {
        for (OrganizationContact c : byOrganization.getOrDefault(o.id(), List.of())) {
          CsvCells.printRecord(printer, o.acronym(), o.name(), o.kind(), o.language().code(), o.email(), c.name(),
              c.unit(), c.email(), c.validFrom(), c.validTo(), c.demo());
        }
      }
    }
  }
}

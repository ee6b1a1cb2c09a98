package org.un.sc1540.workflow.reporting;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.un.sc1540.workflow.registry.CsvImport;

/**
 * The first-reports file: the registry's first-report dates from the Committee's own records.
 *
 * <pre>
 * state,received_on,reference
 * FRA,2004-10-28,S/AC.44/2004/(02)/5
 * SEN,2005-03-14,
 * </pre>
 *
 * Every row is checked and every problem reported with its line number before anything is written.
 */
final class FirstReportCsv {

  static final List<String> HEADER = List.of("state", "received_on", "reference");
  static final int MAX_ROWS = 1_000;
  static final int MAX_REFERENCE_LENGTH = 500;

  record Row(long line, String stateCode, LocalDate receivedOn, String reference) {}

  private FirstReportCsv() {}

  static List<Row> parse(Reader reader, Set<String> memberCodes, LocalDate today) {
    Map<String, Long> seen = new HashMap<>();
    return CsvImport.read(reader, HEADER, MAX_ROWS, "reports",
        (record, line, problems) -> check(record, line, memberCodes, today, problems),
        (row, line) -> {
          Long earlier = seen.putIfAbsent(row.stateCode(), line);
          return earlier == null ? null
              : "a State has one first report; line " + earlier + " already gives one for " + row.stateCode();
        });
  }

  private static Row check(CSVRecord record, long line, Set<String> memberCodes, LocalDate today,
      List<String> problems) {
    String state = record.get("state").toUpperCase(Locale.ROOT);
    if (state.isEmpty()) {
      problems.add("state is missing");
    } else if (!memberCodes.contains(state)) {
      problems.add("unknown State code '" + record.get("state") + "': not one of the 193 Member States");
    }
    LocalDate receivedOn = null;
    String date = record.get("received_on");
    if (date.isEmpty()) {
      problems.add("received_on is missing (YYYY-MM-DD)");
    } else {
      try {
        receivedOn = LocalDate.parse(date);
        if (receivedOn.isAfter(today)) {
          problems.add("received_on " + date + " is in the future");
        }
      } catch (DateTimeParseException e) {
        problems.add("received_on '" + date + "' is not a date in the form YYYY-MM-DD");
      }
    }
    String reference = record.get("reference");
    if (reference.chars().anyMatch(Character::isISOControl)) {
      problems.add("reference contains a line break or control character");
    } else if (reference.length() > MAX_REFERENCE_LENGTH) {
      problems.add("reference is longer than " + MAX_REFERENCE_LENGTH + " characters");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Row(line, state, receivedOn, reference.isEmpty() ? null : reference);
  }
}

package org.un.sc1540.workflow.reporting;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVRecord;
import org.un.sc1540.workflow.registry.CsvImportException;
import org.un.sc1540.workflow.registry.CsvRowError;

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

  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

  record Row(long line, String stateCode, LocalDate receivedOn, String reference) {}

  private FirstReportCsv() {}

  static List<Row> parse(Reader reader, Set<String> memberCodes, LocalDate today) {
    List<CsvRowError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try (CSVParser parser = READ.parse(reader)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
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
        if (rows.size() + errors.size() >= MAX_ROWS) {
          errors.add(new CsvRowError(line, "the file has more than " + MAX_ROWS + " rows"));
          break;
        }
        Row row = check(record, line, memberCodes, today, errors);
        if (row == null) {
          continue;
        }
        Long earlier = seen.putIfAbsent(row.stateCode(), row.line());
        if (earlier != null) {
          errors.add(new CsvRowError(row.line(), "a State has one first report; line " + earlier
              + " already gives one for " + row.stateCode()));
          continue;
        }
        rows.add(row);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      errors.add(new CsvRowError(1, "malformed CSV: " + rootMessage(e)));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new CsvRowError(1, "the file has a header but no reports"));
    }
    if (!errors.isEmpty()) {
      throw new CsvImportException(errors);
    }
    return rows;
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
      errors.add(new CsvRowError(line, String.join("; ", problems)));
      return null;
    }
    return new Row(line, state, receivedOn, reference.isEmpty() ? null : reference);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}

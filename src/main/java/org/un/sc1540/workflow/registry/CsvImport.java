package org.un.sc1540.workflow.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an imported CSV file all or nothing: the exact header, every row checked, every problem
 * reported with its line number (line 1 is the header), and {@link CsvImportException} if there is
 * any, so that the caller writes nothing.
 */
public final class CsvImport {

  // Blank lines are read as records and skipped here, not by the parser: a parser that skips
  // them moves its line count past them before the next record, so every later line number
  // would be off by the blank lines above it. Header case is ignored, as the header check does.
  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setIgnoreHeaderCase(true).setTrim(true)
      .get();

  /** Turns one record into a row, or adds what is wrong with it to {@code problems} and returns null. */
  public interface RowReader<T> {
    T read(CSVRecord record, long line, List<String> problems);
  }

  /** What is wrong with a good row given the rows before it (a duplicate), or null. */
  public interface AcrossRows<T> {
    String conflict(T row, long line);
  }

  private CsvImport() {}

  /** Adds a problem for each of {@code fields} that holds a line break or is longer than {@code maxLength}. */
  static void checkText(CSVRecord record, List<String> fields, int maxLength, List<String> problems) {
    for (String field : fields) {
      String value = record.get(field);
      if (value.chars().anyMatch(Character::isISOControl)) {
        problems.add(field + " contains a line break or control character");
      } else if (value.length() > maxLength) {
        problems.add(field + " is longer than " + maxLength + " characters");
      }
    }
  }

  /** The row's {@code valid_from}: empty means {@code today}; a value not written YYYY-MM-DD is a problem. */
  static LocalDate validFrom(CSVRecord record, LocalDate today, List<String> problems) {
    String text = record.get("valid_from");
    if (text.isEmpty()) {
      return today;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add("valid_from '" + text + "' is not a date in the form YYYY-MM-DD");
      return today;
    }
  }

  /**
   * @param what what a row is, for the message of a file with none ("contacts", "reports")
   */
  public static <T> List<T> read(Reader reader, List<String> header, int maxRows, String what,
      RowReader<T> rowReader, AcrossRows<T> acrossRows) {
    List<CsvRowError> errors = new ArrayList<>();
    List<T> rows = new ArrayList<>();
    try (CSVParser parser = READ.parse(reader)) {
      List<String> found = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      if (found.isEmpty()) {
        throw new CsvImportException(List.of(new CsvRowError(1,
            "the file is empty; the first line must be the header '" + String.join(",", header) + "'")));
      }
      if (!found.equals(header)) {
        throw new CsvImportException(List.of(new CsvRowError(1,
            "the header must be exactly '" + String.join(",", header) + "' but is '" + String.join(",", found) + "'")));
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
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (rows.size() + errors.size() >= maxRows) {
          errors.add(new CsvRowError(line, "the file has more than " + maxRows + " rows"));
          break;
        }
        if (!record.isConsistent()) {
          errors.add(new CsvRowError(line, "expected " + header.size() + " fields but found " + record.size()));
          continue;
        }
        List<String> problems = new ArrayList<>();
        T row = rowReader.read(record, line, problems);
        String conflict = problems.isEmpty() ? acrossRows.conflict(row, line) : null;
        if (conflict != null) {
          problems.add(conflict);
        }
        if (problems.isEmpty()) {
          rows.add(row);
        } else {
          errors.add(new CsvRowError(line, String.join("; ", problems)));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      errors.add(new CsvRowError(1, "malformed CSV: " + rootMessage(e)));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new CsvRowError(1, "the file has a header but no " + what));
    }
    if (!errors.isEmpty()) {
      throw new CsvImportException(errors);
    }
    return rows;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}

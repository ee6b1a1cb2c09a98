package org.un.sc1540.workflow.web;

import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVPrinter;

/**
 * Makes text from data harmless in a CSV file that someone opens in a spreadsheet: a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a
 * formula, which can run commands or send the sheet's contents away. Such a cell gets a leading
 * single quote, as OWASP's CSV injection guidance says; the rest of the text is unchanged. Every
 * CSV export of the application writes its rows through {@link #printRecord}.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }

  /** Numbers, dates and the like pass unchanged; text is made {@link #safe}. */
  public static Object safe(Object value) {
    return value instanceof CharSequence text ? safe(text.toString()) : value;
  }

  public static void printRecord(CSVPrinter printer, Object... values) throws IOException {
    printer.printRecord(Arrays.stream(values).map(CsvCells::safe).toArray());
  }

  public static void printRecord(CSVPrinter printer, Iterable<?> values) throws IOException {
    java.util.List<Object> cells = new java.util.ArrayList<>();
    values.forEach(v -> cells.add(safe(v)));
    printer.printRecord(cells);
  }
}

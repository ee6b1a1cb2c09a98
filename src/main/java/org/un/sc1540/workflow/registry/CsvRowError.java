package org.un.sc1540.workflow.registry;

/** What is wrong with one line of an imported CSV file. Line 1 is the header. */
public record CsvRowError(long line, String reason) {

  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}

package org.un.sc1540.workflow.registry;

import java.util.List;

/** An imported file was refused as a whole; nothing of it was written. */
public class CsvImportException extends RuntimeException {

  private final List<CsvRowError> errors;

  public CsvImportException(List<CsvRowError> errors) {
    super(errors.size() + " problem(s) in the file, nothing imported: "
        + String.join("; ", errors.stream().limit(10).map(CsvRowError::toString).toList())
        + (errors.size() > 10 ? "; …" : ""));
    this.errors = List.copyOf(errors);
  }

  public List<CsvRowError> errors() {
    return errors;
  }
}

package org.un.sc1540.workflow.registry;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.un.sc1540.workflow.input.Refused;

/** An imported file was refused as a whole; nothing of it was written. 422 with every problem and its line. */
public class CsvImportException extends Refused {

  private final List<CsvRowError> errors;

  public CsvImportException(List<CsvRowError> errors) {
    this("File refused", errors);
  }

  public CsvImportException(String title, List<CsvRowError> errors) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, title, errors.size() + " problem(s) in the file; nothing was imported: "
        + String.join("; ", errors.stream().limit(10).map(CsvRowError::toString).toList())
        + (errors.size() > 10 ? "; …" : ""), Map.of("errors", List.copyOf(errors)));
    this.errors = List.copyOf(errors);
  }

  /** The same refusal under the title of the file it was, e.g. "Contacts file refused". */
  public CsvImportException titled(String title) {
    return new CsvImportException(title, errors);
  }

  public List<CsvRowError> errors() {
    return errors;
  }
}

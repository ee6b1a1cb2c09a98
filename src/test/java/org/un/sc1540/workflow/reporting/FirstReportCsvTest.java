package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.registry.CsvImportException;

class FirstReportCsvTest {

  private static final Set<String> MEMBERS = Set.of("FRA", "SEN");

  @Test
  void aBadRowBelowBlankLinesIsNamedByItsOwnLineNumber() {
    String csv = "State,Received_On,Reference\n\nFRA,2004-10-28,\n\n\nSEN,not-a-date,\n";

    CsvImportException refused = catchThrowableOfType(CsvImportException.class,
        () -> FirstReportCsv.parse(new StringReader(csv), MEMBERS, LocalDate.of(2026, 11, 22)));

    assertThat(refused.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(6);
      assertThat(error.reason()).contains("'not-a-date' is not a date");
    });
  }

  @Test
  void aSecondFirstReportForAStateIsRefusedNamingTheFirst() {
    String csv = "state,received_on,reference\nFRA,2004-10-28,\nFRA,2005-01-03,\n";

    CsvImportException refused = catchThrowableOfType(CsvImportException.class,
        () -> FirstReportCsv.parse(new StringReader(csv), MEMBERS, LocalDate.of(2026, 11, 22)));

    assertThat(refused.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.reason()).contains("line 2 already gives one for FRA");
    });
  }
}

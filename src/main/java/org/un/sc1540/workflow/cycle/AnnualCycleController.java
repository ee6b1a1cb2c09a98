package org.un.sc1540.workflow.cycle;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.un.sc1540.workflow.web.CsvCells;

/** Where a year's cycle stands, for every staff member: JSON and CSV (cells neutralised against CSV injection). */
@RestController
@RequestMapping("/api/cycle")
class AnnualCycleController {

  static final String TEXT_CSV = "text/csv";

  private final AnnualCycleService cycles;

  AnnualCycleController(AnnualCycleService cycles) {
    this.cycles = cycles;
  }

  @GetMapping("/{year:\\d+}")
  CycleStatus status(@PathVariable int year) {
    return cycles.status(year);
  }

  @GetMapping(value = "/{year:\\d+}.csv", produces = TEXT_CSV)
  void statusCsv(@PathVariable int year, HttpServletResponse response) throws IOException {
    CycleStatus status = cycles.status(year);
    response.setContentType(TEXT_CSV + ";charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"cycle-" + year + ".csv\"");
    try (CSVPrinter printer = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180.builder()
        .setHeader("step_id", "label", "group", "release_date", "due_date", "state", "linked_to", "related",
            "released_at", "completed_at", "completed_by", "outcome_date", "document_symbol", "decision")
        .get())) {
      for (CycleStatus.Step step : status.steps()) {
        CsvCells.printRecord(printer, step.stepId(), step.label(), step.group(), iso(step.releaseDate()),
            iso(step.dueDate()), step.state(), step.linkedTo(), step.related(), iso(step.releasedAt()),
            iso(step.completedAt()), step.completedBy(), step.outcomeDate(), step.documentSymbol(), step.decision());
      }
    }
  }

  /** Always with seconds, as in the JSON: 2027-01-01T00:00:00-05:00. */
  private static String iso(OffsetDateTime time) {
    return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}

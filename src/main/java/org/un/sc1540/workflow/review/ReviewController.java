package org.un.sc1540.workflow.review;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.un.sc1540.workflow.web.CsvCells;

/**
 * A review over HTTP: where every step stands (JSON and CSV, for every staff member), and a
 * coordinator moving a step not yet released to another month.
 */
@RestController
@RequestMapping("/api/review")
class ReviewController {

  static final String TEXT_CSV = "text/csv";

  private final ReviewService reviews;
  private final IdentityService identityService;

  ReviewController(ReviewService reviews, IdentityService identityService) {
    this.reviews = reviews;
    this.identityService = identityService;
  }

  @GetMapping("/{year}/status")
  ReviewStatus status(@PathVariable int year) {
    return reviews.status(year);
  }

  @GetMapping(value = "/{year}/status.csv", produces = TEXT_CSV)
  void statusCsv(@PathVariable int year, HttpServletResponse response) throws IOException {
    ReviewStatus status = reviews.status(year);
    response.setContentType(TEXT_CSV + ";charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"review-" + year + "-status.csv\"");
    try (CSVPrinter printer = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180.builder()
        .setHeader("step_id", "label", "working_group", "month", "schedule_month", "release_date", "due_date", "state",
            "done", "overdue", "waits_for", "released_at", "completed_at", "completed_by", "outcome_date",
            "document_reference", "decision")
        .get())) {
      for (ReviewStatus.Step step : status.steps()) {
        CsvCells.printRecord(printer, step.stepId(), step.label(), step.workingGroup(), step.month(), step.scheduleMonth(),
            iso(step.releaseDate()), iso(step.dueDate()), step.state(), step.done(), step.overdue(),
            String.join(" ", step.waitsFor()), iso(step.releasedAt()), iso(step.completedAt()), step.completedBy(),
            step.outcomeDate(), step.documentReference(), step.decision());
      }
    }
  }

  /** Always with seconds, as in the JSON: 2027-02-01T00:00:00-05:00. */
  private static String iso(OffsetDateTime time) {
    return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The body of a move: the new month (1-12) and, optionally, why. */
  record StepMove(Object month, String reason) {}

  /** The body of marking a step not needed: why. */
  record NotNeeded(String reason) {}

  /** Marks an "if necessary" step (the meetings with the incoming members) not needed; coordinators. */
  @PostMapping("/{year}/steps/{stepId}/not-needed")
  ReviewStatus.Step notNeeded(@PathVariable int year, @PathVariable String stepId, @RequestBody NotNeeded body) {
    reviews.markNotNeeded(year, stepId, body.reason(), ReviewStartListener.requester(identityService));
    return reviews.status(year).steps().stream().filter(s -> s.stepId().equals(stepId)).findFirst().orElseThrow();
  }

  @PutMapping("/{year}/steps/{stepId}")
  ReviewStatus.Step move(@PathVariable int year, @PathVariable String stepId, @RequestBody StepMove move) {
    reviews.move(year, stepId, move.month(), move.reason(), ReviewStartListener.requester(identityService));
    return reviews.status(year).steps().stream().filter(s -> s.stepId().equals(stepId)).findFirst().orElseThrow();
  }

}

package org.un.sc1540.workflow.matrix;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.web.CsvCells;

/**
 * The matrix rounds for signed-in staff: a page per round, the round summary as JSON and CSV, a
 * round started over REST, and a coordinator's deadline extension (the same service method as the
 * Tasklist extension process, which decides who may extend and when).
 */
@Controller
class MatrixController {

  private final MatrixRoundService rounds;
  private final MatrixReviewService reviews;
  private final RuntimeService runtimeService;

  MatrixController(MatrixRoundService rounds, MatrixReviewService reviews, RuntimeService runtimeService) {
    this.rounds = rounds;
    this.reviews = reviews;
    this.runtimeService = runtimeService;
  }

  @GetMapping("/committee/matrix")
  String roundsPage(Model model) {
    model.addAttribute("rounds", rounds.rounds());
    return "matrix-rounds";
  }

  @GetMapping("/committee/matrix/{year}")
  String roundPage(@PathVariable int year, Model model) {
    model.addAttribute("summary", summary(year));
    return "matrix-round";
  }

  record SummaryView(int reviewYear, String businessKey, boolean open, String commentDeadline, int states, int sent,
      int repliedOnTime, int repliedLate, int noReply, int approved, int stillOpen, int commentsAfterApproval,
      List<StateMatrixStatus> stateReviews, List<LateMatrixComment> laterComments) {}

  @GetMapping("/api/matrix/{year}/summary")
  @ResponseBody
  SummaryView summaryJson(@PathVariable int year) {
    RoundSummary s = summary(year);
    return new SummaryView(year, MatrixCirculation.businessKey(year), s.round().open(),
        s.round().commentDeadline().toString(), s.stateCount(), s.sent(), s.repliedOnTime(), s.repliedLate(), s.noReply(),
        s.approved(), s.stillOpen(), s.commentsAfterApprovalCount(), s.states(), s.commentsAfterApproval());
  }

  /** The summary's counts, one measure a line. */
  @GetMapping(value = "/api/matrix/{year}/summary.csv", produces = "text/csv")
  void summaryCsv(@PathVariable int year, HttpServletResponse response) throws IOException {
    RoundSummary s = summary(year);
    csv(response, "matrix-" + year + "-summary.csv");
    try (CSVPrinter out = new CSVPrinter(response.getWriter(),
        CSVFormat.RFC4180.builder().setHeader("review_year", "measure", "states").get())) {
      CsvCells.printRecord(out, year, "in_round", s.stateCount());
      CsvCells.printRecord(out, year, "sent", s.sent());
      CsvCells.printRecord(out, year, "replied_on_time", s.repliedOnTime());
      CsvCells.printRecord(out, year, "replied_late", s.repliedLate());
      CsvCells.printRecord(out, year, "no_reply", s.noReply());
      CsvCells.printRecord(out, year, "approved", s.approved());
      CsvCells.printRecord(out, year, "still_open", s.stillOpen());
      CsvCells.printRecord(out, year, "comments_after_approval", s.commentsAfterApprovalCount());
    }
  }

  /** One line per State: where its matrix stands. */
  @GetMapping(value = "/api/matrix/{year}/states.csv", produces = "text/csv")
  void statesCsv(@PathVariable int year, HttpServletResponse response) throws IOException {
    RoundSummary s = summary(year);
    csv(response, "matrix-" + year + "-states.csv");
    try (CSVPrinter out = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180.builder().setHeader(
        "state", "matrix_reference", "matrix_version", "covering_symbol", "sent_on", "comment_deadline",
        "deadline_extended", "reminder_sent_on", "reply", "comments_received_on", "consultations", "approved_on",
        "open", "stage", "posted_on").get())) {
      for (StateMatrixStatus r : s.states()) {
        CsvCells.printRecord(out, r.stateCode(), r.matrixReference(), r.matrixVersion(), r.coveringSymbol(), r.sentOn(),
            r.commentDeadline(), r.deadlineExtended(), r.reminderSentOn(), r.reply().name().toLowerCase(),
            r.commentsReceivedOn(), r.consultations(), r.approvedOn(), r.open(), r.stage().name().toLowerCase(),
            r.postedOn());
      }
    }
  }

  record RoundRequest(Integer reviewYear, String commentDeadline, Object stateCodes) {}

  record RoundStarted(int reviewYear, String businessKey, String processInstanceId) {}

  /**
   * Starts a round as the signed-in user, as the engine REST API does; a refused start (a running
   * round, unknown States, a past deadline) is answered as a problem document with the reason.
   */
  @PostMapping("/api/matrix/rounds")
  @ResponseBody
  RoundStarted startRound(@RequestBody RoundRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MatrixCirculation.REVIEW_YEAR, request.reviewYear());
    variables.put(MatrixCirculation.COMMENT_DEADLINE, request.commentDeadline());
    variables.put(MatrixCirculation.STATE_CODES, request.stateCodes() == null ? null
        : Inputs.json(Inputs.stateCodes(MatrixCirculation.STATE_CODES, request.stateCodes())));
    var instance = runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY, variables);
    return new RoundStarted(request.reviewYear(), instance.getBusinessKey(), instance.getId());
  }

  record ExtensionRequest(String commentDeadline, String reason) {}

  record ExtensionResult(int reviewYear, String stateCode, String previousDeadline, String commentDeadline) {}

  @PostMapping("/api/matrix/{year}/states/{code}/deadline")
  @ResponseBody
  ExtensionResult extend(@PathVariable int year, @PathVariable String code, @RequestBody ExtensionRequest request) {
    MatrixReviewService.Extension extension = reviews.extendDeadline(
        Inputs.year(MatrixDeadlineExtension.REVIEW_YEAR, year),
        Inputs.stateCode(MatrixDeadlineExtension.STATE_CODE, code),
        Inputs.requiredDate(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE, request.commentDeadline()),
        Inputs.optionalText("reason", request.reason(), 1000));
    return new ExtensionResult(extension.reviewYear(), extension.stateCode(), extension.previousDeadline().toString(),
        extension.commentDeadline().toString());
  }

  private RoundSummary summary(int year) {
    return rounds.summaryOfYear(year).orElseThrow(() -> Refused.notFound(
        "No matrix circulation round for " + year));
  }

  private static void csv(HttpServletResponse response, String filename) {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  }
}

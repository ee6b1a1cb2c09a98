package org.un.sc1540.workflow.matrix;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.un.sc1540.workflow.security.GroupAuthorities;
import org.un.sc1540.workflow.web.CsvCells;

/**
 * The matrix rounds for signed-in staff: a page per round, the round summary as JSON and CSV, and
 * a coordinator's deadline extension over REST (which starts the same extension process as the
 * Tasklist form, as the signed-in user, so that it is authorization-checked and kept in history).
 */
@Controller
class MatrixController {

  private final MatrixRoundService rounds;
  private final RuntimeService runtimeService;

  MatrixController(MatrixRoundService rounds, RuntimeService runtimeService) {
    this.rounds = rounds;
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
        "open").get())) {
      for (StateMatrixStatus r : s.states()) {
        CsvCells.printRecord(out, r.stateCode(), r.matrixReference(), r.matrixVersion(), r.coveringSymbol(), r.sentOn(),
            r.commentDeadline(), r.deadlineExtended(), r.reminderSentOn(), r.reply().name().toLowerCase(),
            r.commentsReceivedOn(), r.consultations(), r.approvedOn(), r.open());
      }
    }
  }

  record RoundRequest(Integer reviewYear, String commentDeadline, Object stateCodes) {}

  record RoundStarted(int reviewYear, String businessKey, String processInstanceId) {}

  /**
   * Starts a round as the signed-in user. The engine REST API starts it too, but answers a refused
   * start (a running round, unknown States, a past deadline) with 500; this answers 400 and the reason.
   */
  @PostMapping("/api/matrix/rounds")
  @ResponseBody
  RoundStarted startRound(@RequestBody RoundRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MatrixCirculation.REVIEW_YEAR, request.reviewYear());
    variables.put(MatrixCirculation.COMMENT_DEADLINE, request.commentDeadline());
    variables.put(MatrixCirculation.STATE_CODES, request.stateCodes() == null ? null
        : request.stateCodes() instanceof List<?> list ? MatrixInput.json(list.stream().map(String::valueOf).toList())
        : request.stateCodes().toString());
    var instance = runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY, variables);
    return new RoundStarted(request.reviewYear(), instance.getBusinessKey(), instance.getId());
  }

  record ExtensionRequest(String commentDeadline, String reason) {}

  record ExtensionResult(int reviewYear, String stateCode, String commentDeadline, String extensionProcessInstanceId) {}

  @PostMapping("/api/matrix/{year}/states/{code}/deadline")
  @ResponseBody
  ExtensionResult extend(@PathVariable int year, @PathVariable String code, @RequestBody ExtensionRequest request,
      Authentication authentication) {
    List<String> groups = GroupAuthorities.groupIds(authentication);
    if (groups.stream().noneMatch(ExtendStateDeadlineDelegate.ALLOWED_GROUPS::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only coordinators may extend a State's comment deadline");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(MatrixDeadlineExtension.REVIEW_YEAR, year);
    variables.put(MatrixDeadlineExtension.STATE_CODE, code);
    variables.put(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE, request == null ? null : request.commentDeadline());
    variables.put(MatrixDeadlineExtension.EXTENSION_REASON, request == null ? null : request.reason());
    String pi = runtimeService.startProcessInstanceByKey(MatrixDeadlineExtension.PROCESS_KEY, variables).getId();
    return new ExtensionResult(year, code.toUpperCase(java.util.Locale.ROOT),
        MatrixInput.requiredDate(MatrixDeadlineExtension.NEW_COMMENT_DEADLINE, request.commentDeadline()).toString(), pi);
  }

  @ExceptionHandler(BadUserRequestException.class)
  @ResponseBody
  ProblemDetail refused(BadUserRequestException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  @ResponseBody
  ProblemDetail forbidden(AuthorizationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  private RoundSummary summary(int year) {
    return rounds.summaryOfYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No matrix circulation round for " + year));
  }

  private static void csv(HttpServletResponse response, String filename) {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  }
}

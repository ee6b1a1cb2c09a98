package org.un.sc1540.workflow.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.un.sc1540.workflow.registry.CsvImportException;
import org.un.sc1540.workflow.registry.UnknownStateException;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.GroupAuthorities;

/**
 * The reminder campaign over HTTP: the outreach report for every staff member; recording first
 * reports (one, or a file) for the secretariat and administrators.
 */
@RestController
@RequestMapping("/api/reporting")
class ReportingController {

  static final String TEXT_CSV = "text/csv";
  private static final List<String> RECORDERS = List.of(CommitteeGroups.SECRETARIAT, CommitteeGroups.ADMINISTRATORS);

  private final OutreachReport outreach;
  private final ReminderCycleRegister cycles;
  private final NationalReports reports;
  private final RuntimeService runtimeService;

  ReportingController(OutreachReport outreach, ReminderCycleRegister cycles, NationalReports reports,
      RuntimeService runtimeService) {
    this.outreach = outreach;
    this.cycles = cycles;
    this.reports = reports;
    this.runtimeService = runtimeService;
  }

  @GetMapping(value = "/outreach.csv", produces = TEXT_CSV)
  void outreachCsv(HttpServletResponse response) throws IOException {
    response.setContentType(TEXT_CSV);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"outreach.csv\"");
    outreach.writeCsv(response.getWriter());
  }

  @GetMapping("/outreach")
  List<OutreachReport.Line> outreach() {
    return outreach.lines();
  }

  @GetMapping("/cycles")
  List<ReminderCycle> cycles() {
    return cycles.all();
  }

  record ReportReceived(String stateCode, String receivedOn, String reference) {}

  record RecordingResult(String stateCode, boolean cycleEnded, String message, String processInstanceId) {}

  /**
   * Records a first report by starting RecordNationalReportProcess as the signed-in user: the same
   * path as Tasklist's start form, kept in the history, and subject to Camunda's authorizations.
   */
  @PostMapping(value = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  RecordingResult recordReport(@RequestBody ReportReceived report, Authentication user) {
    requireRecorder(user);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RecordNationalReportProcess.STATE_CODE, report.stateCode());
    variables.put(RecordNationalReportProcess.REPORT_RECEIVED_ON, report.receivedOn());
    variables.put(RecordNationalReportProcess.REPORT_REFERENCE, report.reference());
    ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(RecordNationalReportProcess.KEY)
        .setVariables(variables)
        .executeWithVariablesInReturn();
    return new RecordingResult((String) instance.getVariables().get(RecordNationalReportProcess.STATE_CODE),
        Boolean.TRUE.equals(instance.getVariables().get(RecordNationalReportProcess.CYCLE_ENDED)),
        (String) instance.getVariables().get(RecordNationalReportProcess.RECORDING_RESULT), instance.getId());
  }

  /** Real first-report dates, all or nothing: {@code state,received_on,reference}. */
  @PostMapping(value = "/first-reports", consumes = TEXT_CSV)
  NationalReports.ImportSummary importFirstReports(@RequestBody String csv, Authentication user) {
    requireRecorder(user);
    return reports.importCsv(new StringReader(csv));
  }

  @ExceptionHandler(CsvImportException.class)
  ProblemDetail refused(CsvImportException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        e.errors().size() + " problem(s) in the file; nothing was imported");
    problem.setTitle("First-reports file refused");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler({BadUserRequestException.class, UnknownStateException.class})
  ProblemDetail badRequest(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  private static void requireRecorder(Authentication user) {
    List<String> groups = GroupAuthorities.groupIds(user);
    if (RECORDERS.stream().noneMatch(groups::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Recording national reports is for the secretariat "
          + "and administrators");
    }
  }
}

package org.un.sc1540.workflow.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.registry.CsvImportException;

/**
 * The reminder campaign over HTTP: the outreach report and the cycle register for every staff
 * member; recording first reports (one, or a file), which {@link NationalReports} allows the
 * secretariat and administrators.
 */
@RestController
@RequestMapping("/api/reporting")
class ReportingController {

  static final String TEXT_CSV = "text/csv";

  private final OutreachReport outreach;
  private final ReminderCycleRegister cycles;
  private final NationalReports reports;

  ReportingController(OutreachReport outreach, ReminderCycleRegister cycles, NationalReports reports) {
    this.outreach = outreach;
    this.cycles = cycles;
    this.reports = reports;
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

  /**
   * @param processInstanceId the reminder cycle the report ended, or null
   */
  record RecordingResult(String stateCode, boolean cycleEnded, String message, String processInstanceId) {}

  /** Records a first report as the signed-in user, and ends the State's reminder cycle if one runs. */
  @PostMapping(value = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  RecordingResult recordReport(@RequestBody ReportReceived report) {
    ReportRecording recording = reports.record(
        Inputs.stateCode(RecordNationalReportProcess.STATE_CODE, report.stateCode()),
        Inputs.requiredDate(RecordNationalReportProcess.REPORT_RECEIVED_ON, report.receivedOn()),
        report.reference(), ReportRecording.Channel.API, null);
    return new RecordingResult(recording.stateCode(), recording.endedACycle(), reports.describe(recording),
        recording.cycleProcessInstanceId());
  }

  /** Real first-report dates, all or nothing: {@code state,received_on,reference}. */
  @PostMapping(value = "/first-reports", consumes = TEXT_CSV)
  NationalReports.ImportSummary importFirstReports(@RequestBody String csv) {
    try {
      return reports.importCsv(new StringReader(csv));
    } catch (CsvImportException e) {
      throw e.titled("First-reports file refused");
    }
  }
}

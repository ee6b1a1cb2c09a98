package org.un.sc1540.workflow.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.un.sc1540.workflow.web.CsvCells;

/** The registry over HTTP: read by every staff member, contacts imported by the secretariat. */
@RestController
@RequestMapping("/api/registry")
class RegistryController {

  static final String TEXT_CSV = "text/csv";

  private final RegistryService registry;

  RegistryController(RegistryService registry) {
    this.registry = registry;
  }

  record StateView(String code, String iso2, String name, String language, LocalDate firstReportOn) {}

  record StateDetail(StateView state, List<Contact> currentContacts, List<Contact> contactHistory,
      List<Submission> submissions) {}

  @GetMapping("/states")
  List<StateView> states() {
    Map<String, LocalDate> firstReports = firstReports();
    return registry.states().values().stream()
        .map(s -> new StateView(s.code(), s.iso2(), s.name(), s.language().code(), firstReports.get(s.code())))
        .toList();
  }

  @GetMapping("/states/{code}")
  StateDetail state(@PathVariable String code) {
    MemberState s;
    try {
      s = registry.state(code);
    } catch (UnknownStateException e) {
      throw e.asNotFound();
    }
    return new StateDetail(
        new StateView(s.code(), s.iso2(), s.name(), s.language().code(), registry.firstReportDate(s.code()).orElse(null)),
        registry.currentContacts(s.code()), registry.contactHistory(s.code()),
        registry.submissions().stream().filter(sub -> sub.stateCode().equals(s.code())).toList());
  }

  @GetMapping(value = "/states.csv", produces = TEXT_CSV)
  void statesCsv(HttpServletResponse response) throws IOException {
    csvResponse(response, "member-states.csv");
    Map<String, LocalDate> firstReports = firstReports();
    try (CSVPrinter printer = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180.builder()
        .setHeader("iso3", "iso2", "name", "language", "first_report_on").get())) {
      for (MemberState s : registry.states().values()) {
        CsvCells.printRecord(printer, s.code(), s.iso2(), s.name(), s.language().code(), firstReports.get(s.code()));
      }
    }
  }

  @GetMapping(value = "/contacts.csv", produces = TEXT_CSV)
  void contactsCsv(HttpServletResponse response) throws IOException {
    csvResponse(response, "contacts.csv");
    registry.exportContacts(response.getWriter());
  }

  @PostMapping(value = "/contacts", consumes = TEXT_CSV)
  RegistryService.ImportSummary importContacts(@RequestBody String csv) {
    try {
      return registry.importContacts(new StringReader(csv));
    } catch (CsvImportException e) {
      throw e.titled("Contacts file refused");
    }
  }

  private Map<String, LocalDate> firstReports() {
    return registry.submissions().stream()
        .filter(s -> s.kind() == SubmissionKind.FIRST_REPORT)
        .collect(Collectors.toMap(Submission::stateCode, Submission::receivedOn, (a, b) -> a.isBefore(b) ? a : b));
  }

  private static void csvResponse(HttpServletResponse response, String filename) {
    response.setContentType(TEXT_CSV);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  }
}

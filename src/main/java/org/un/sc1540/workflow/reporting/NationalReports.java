package org.un.sc1540.workflow.reporting;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Records first national reports, however they come in: one from Tasklist or our REST API, or a
 * file of them. A State with a running reminder cycle gets the message {@code NationalReportReceived},
 * which ends the cycle, records the registry and acknowledges the report; a State without one
 * gets its registry entry only.
 */
@Service
public class NationalReports {

  private final RegistryService registry;
  private final RuntimeService runtimeService;
  private final CommitteeClock clock;
  private final CommitteeAccess access;

  NationalReports(RegistryService registry, RuntimeService runtimeService, CommitteeClock clock,
      CommitteeAccess access) {
    this.access = access;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * @param firstReportOn the date the registry holds afterwards: an earlier recorded one is kept
   * @param alreadyRecorded the registry held a first report before
   * @param cyclesEnded reminder cycles the report ended (0 or 1)
   */
  public record Recording(String stateCode, LocalDate firstReportOn, boolean alreadyRecorded, int cyclesEnded,
      String message) {}

  /** Records one first report. Unknown States and future dates are refused (BadUserRequestException). */
  @Transactional
  public Recording record(String stateCode, Object receivedOn, String reference) {
    String code = registry.state(stateCode).code();
    LocalDate day = ReminderCycleService.reportDate(receivedOn, clock.today());
    Optional<LocalDate> before = registry.firstReportDate(code);
    String ref = reference == null || reference.isBlank() ? null : reference.strip();
    access.require("record a national report", CommitteeGroups.SECRETARIAT);
    int cyclesEnded = access.asApplication(() -> runtimeService
          .createMessageCorrelation(FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED)
          .processInstanceVariableEquals(FirstReportReminderProcess.STATE_CODE, code)
          .setVariable(FirstReportReminderProcess.REPORT_RECEIVED_ON, day.toString())
          .setVariable(FirstReportReminderProcess.REPORT_REFERENCE, ref)
          .correlateAllWithResult().size());
    // The cycle's own step has recorded it already; for a State without a cycle this is the record.
    LocalDate held = registry.recordFirstReport(code, day, ref);
    return new Recording(code, held, before.isPresent(), cyclesEnded, message(code, day, held, before, cyclesEnded));
  }

  private static String message(String code, LocalDate day, LocalDate held, Optional<LocalDate> before,
      int cyclesEnded) {
    String registryPart = before.isPresent()
        ? "The registry already held the first report of " + code + ", received " + before.get()
            + (before.get().equals(day) ? "" : "; that date is kept") + "."
        : "First report of " + code + " recorded as received " + held + ".";
    return registryPart + " " + (cyclesEnded > 0
        ? "Its reminder cycle has ended; the acknowledgement note is on its way to the Permanent Mission."
        : "No reminder cycle was running for " + code + ": " + (before.isPresent() ? "nothing changed"
            : "the registry is updated") + " and no acknowledgement is sent.");
  }

  /** The result of a file import: one recording per row, in file order. */
  public record ImportSummary(int rows, int recorded, int alreadyRecorded, int cyclesEnded, List<Recording> details) {}

  /**
   * Imports a file of first reports ({@code state,received_on,reference}): every row is checked
   * first, and a file with a single bad row changes nothing (CsvImportException with line numbers).
   */
  @Transactional
  public ImportSummary importCsv(Reader csv) {
    List<FirstReportCsv.Row> rows = FirstReportCsv.parse(csv, registry.states().keySet(), clock.today());
    List<Recording> details = new ArrayList<>();
    for (FirstReportCsv.Row row : rows) {
      details.add(record(row.stateCode(), row.receivedOn(), row.reference()));
    }
    return new ImportSummary(rows.size(), (int) details.stream().filter(r -> !r.alreadyRecorded()).count(),
        (int) details.stream().filter(Recording::alreadyRecorded).count(),
        details.stream().mapToInt(Recording::cyclesEnded).sum(), details);
  }
}

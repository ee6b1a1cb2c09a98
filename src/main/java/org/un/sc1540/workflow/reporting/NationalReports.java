package org.un.sc1540.workflow.reporting;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.SubmissionKind;
import org.un.sc1540.workflow.reporting.ReportRecording.Channel;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The one place where a State's first national report and its additional information are
 * recorded, however they come in: a Tasklist form, the message {@code NationalReportReceived}, the
 * Committee's API or a file. Who may record them is decided here (the secretariat and
 * administrators), from the engine's authenticated user, so the rule holds on every path.
 *
 * <p>A first report for a State with a running reminder cycle also ends that cycle: the service
 * sends the cycle {@code NationalReportReceived} itself, as the application, after deciding; the
 * cycle then closes and acknowledges the report.
 */
@Service
public class NationalReports {

  static final int MAX_REFERENCE = 500;
  static final int MAX_WHAT_CHANGED = 4_000;

  private final RegistryService registry;
  private final ReportRecordings recordings;
  private final RuntimeService runtimeService;
  private final CommitteeClock clock;
  private final CommitteeAccess access;

  private final ApplicationEventPublisher events;

  NationalReports(RegistryService registry, ReportRecordings recordings, RuntimeService runtimeService,
      CommitteeClock clock, CommitteeAccess access, ApplicationEventPublisher events) {
    this.registry = registry;
    this.recordings = recordings;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.access = access;
    this.events = events;
  }

  /**
   * Writes a first report: the registry's entry (a State has one first report: an earlier date is
   * kept) and the recording with who made it. Does not touch a reminder cycle: {@link #record}
   * does, and a cycle that receives the report by message calls this from its own step.
   *
   * @param cycleProcessInstanceId the cycle this recording ends, when a cycle records it
   * @param processInstanceId the Tasklist or message process recording it, or null
   */
  @Transactional
  public ReportRecording recordFirstReport(String stateCode, LocalDate receivedOn, String reference, Channel channel,
      String cycleProcessInstanceId, String processInstanceId) {
    access.require("record a national report", CommitteeGroups.SECRETARIAT);
    MemberState state = registry.state(stateCode);
    checkReceived(FirstReportReminderProcess.REPORT_RECEIVED_ON, receivedOn);
    String ref = reference(FirstReportReminderProcess.REPORT_REFERENCE, reference);
    Optional<LocalDate> before = registry.firstReportDate(state.code());
    LocalDate held = registry.recordFirstReport(state.code(), receivedOn, ref);
    return recordings.insert(new ReportRecording(0, state.code(), SubmissionKind.FIRST_REPORT, receivedOn, ref, channel,
        held, before.isPresent(), cycleProcessInstanceId, processInstanceId, access.userId(), clock.instant()));
  }

  /**
   * Records a first report and ends the State's reminder cycle if one is running. Unknown States,
   * dates in the future and callers outside the secretariat are refused, and nothing is written.
   */
  @Transactional
  public ReportRecording record(String stateCode, LocalDate receivedOn, String reference, Channel channel,
      String processInstanceId) {
    ReportRecording recording = recordFirstReport(stateCode, receivedOn, reference, channel, null, processInstanceId);
    // The report is in the registry: the cycle's own step finds it there and closes the cycle.
    List<MessageCorrelationResult> ended = access.asApplication(() -> ((MessageCorrelationBuilderImpl) runtimeService
        .createMessageCorrelation(FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED)
        .processInstanceVariableEquals(FirstReportReminderProcess.STATE_CODE, recording.stateCode()))
        // Only a waiting cycle: the same message also starts RecordNationalReportProcess.
        .executionsOnly()
        .correlateAllWithResult());
    if (ended.isEmpty()) {
      return recording;
    }
    String cycle = ended.get(0).getExecution().getProcessInstanceId();
    recordings.cycleEnded(recording.id(), cycle);
    return recording.withCycle(cycle);
  }

  /**
   * Records additional information from a State (2663 §7): the registry's submission and the
   * recording. A State whose first report the registry does not hold is not refused (the registry
   * of the default run holds none): the outcome says so.
   */
  @Transactional
  public ReportRecording recordAdditionalInformation(String stateCode, LocalDate receivedOn, String reference,
      String whatChanged, String processInstanceId) {
    access.require("record additional information from a State", CommitteeGroups.SECRETARIAT);
    MemberState state = registry.state(stateCode);
    checkReceived(RecordAdditionalInformationProcess.RECEIVED_ON, receivedOn);
    String ref = reference(RecordAdditionalInformationProcess.REFERENCE, reference);
    if (whatChanged == null || whatChanged.isBlank()) {
      throw Refused.badRequest(RecordAdditionalInformationProcess.WHAT_CHANGED + ": say what changed since the "
          + "State's last report or information (programme of work para. 8 (b))");
    }
    if (whatChanged.strip().length() > MAX_WHAT_CHANGED) {
      throw Refused.badRequest(RecordAdditionalInformationProcess.WHAT_CHANGED + " may hold at most "
          + MAX_WHAT_CHANGED + " characters");
    }
    registry.recordAdditionalInformation(state.code(), receivedOn, ref);
    events.publishEvent(new AdditionalInformationRecorded(state.code(), receivedOn, ref, whatChanged.strip(),
        access.userId(), clock.instant()));
    Optional<LocalDate> firstReport = registry.firstReportDate(state.code());
    return recordings.insert(new ReportRecording(0, state.code(), SubmissionKind.ADDITIONAL_INFORMATION, receivedOn,
        ref, Channel.TASKLIST, firstReport.orElse(null), firstReport.isPresent(), null, processInstanceId,
        access.userId(), clock.instant()));
  }

  /** The result of a file import: one recording per row, in file order. */
  public record ImportSummary(int rows, int recorded, int alreadyRecorded, int cyclesEnded,
      List<ReportRecording> details) {}

  /**
   * Imports a file of first reports ({@code state,received_on,reference}): every row is checked
   * first, and a file with a single bad row changes nothing (422 with line numbers).
   */
  @Transactional
  public ImportSummary importCsv(Reader csv) {
    access.require("record national reports", CommitteeGroups.SECRETARIAT);
    List<FirstReportCsv.Row> rows = FirstReportCsv.parse(csv, registry.states().keySet(), clock.today());
    List<ReportRecording> details = new ArrayList<>();
    for (FirstReportCsv.Row row : rows) {
      details.add(record(row.stateCode(), row.receivedOn(), row.reference(), Channel.FILE, null));
    }
    return new ImportSummary(rows.size(), (int) details.stream().filter(r -> !r.alreadyRecorded()).count(),
        (int) details.stream().filter(ReportRecording::alreadyRecorded).count(),
        (int) details.stream().filter(ReportRecording::endedACycle).count(), details);
  }

  /** The latest recording made by a Tasklist or message process. */
  public Optional<ReportRecording> recordingOf(String processInstanceId) {
    return recordings.byProcessInstance(processInstanceId);
  }

  /** What a recording did, in words, for the person who made it. */
  public String describe(ReportRecording recording) {
    MemberState state = registry.state(recording.stateCode());
    String named = state.name() + " (" + state.code() + ")";
    if (recording.kind() == SubmissionKind.ADDITIONAL_INFORMATION) {
      return "Additional information from " + named + ", received " + recording.receivedOn()
          + (recording.reference() == null ? "" : " (" + recording.reference() + ")") + ", is recorded in the registry."
          + (recording.alreadyRecorded() ? " The State's first report is recorded as received "
              + recording.firstReportOn() + "."
              : " The registry holds no first report of " + state.code() + ": if this is the State's first "
                  + "report, record it with \"Record national report\".");
    }
    String registryPart = recording.alreadyRecorded()
        ? "The registry already held the first report of " + state.code() + ", received " + recording.firstReportOn()
            + (recording.firstReportOn().equals(recording.receivedOn()) ? "" : "; that date is kept") + "."
        : "First report of " + named + " recorded as received " + recording.firstReportOn() + ".";
    return registryPart + " " + (recording.endedACycle()
        ? "Its reminder cycle has ended; the acknowledgement note is on its way to the Permanent Mission."
        : "No reminder cycle was running for " + state.code() + ": " + (recording.alreadyRecorded()
            ? "nothing changed" : "the registry is updated") + " and no acknowledgement is sent.");
  }

  private void checkReceived(String name, LocalDate receivedOn) {
    if (receivedOn == null) {
      throw Refused.badRequest(name + " is required (a date written year-month-day, such as 2026-11-20)");
    }
    LocalDate today = clock.today();
    if (receivedOn.isAfter(today)) {
      throw Refused.badRequest(name + " " + receivedOn + " is in the future (today is " + today + " in New York)");
    }
  }

  private static String reference(String name, String reference) {
    String text = Inputs.optionalText(name, reference, MAX_REFERENCE);
    if (text != null && text.chars().anyMatch(Character::isISOControl)) {
      throw Refused.badRequest(name + " '" + text + "' contains a line break or control character");
    }
    return text;
  }
}

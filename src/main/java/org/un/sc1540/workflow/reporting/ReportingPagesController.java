package org.un.sc1540.workflow.reporting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;

/** The Committee's page of the reminder cycles: where each State stands, with a link to its instance in Cockpit. */
@Controller
class ReportingPagesController {

  private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
      .withZone(CommitteeClock.ZONE);

  private final ReminderCycleRegister cycles;
  private final RegistryService registry;
  private final RuntimeService runtimeService;
  private final CommitteeAccess access;

  ReportingPagesController(ReminderCycleRegister cycles, RegistryService registry, RuntimeService runtimeService,
      CommitteeAccess access) {
    this.cycles = cycles;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.access = access;
  }

  /** One cycle as the page shows it; {@code runningInstance} only while it runs (Cockpit shows running instances). */
  record Row(String state, String stateCode, Integer campaignYear, String started, int notesSent, String lastNote,
      int holds, String escalatedOn, String meeting, String assistance, String status, String reportReceivedOn,
      Integer daysToReport, String runningInstance) {}

  @GetMapping("/committee/reporting")
  String cycles(@RequestParam(required = false) String state, @RequestParam(required = false) String status,
      Model model) {
    String stateCode = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
    ReminderCycle.Status wanted = parseStatus(status);
    // Which instances still run is the engine's to say; reading their ids needs no grant of the reader's.
    Set<String> running = access.asApplication(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FirstReportReminderProcess.KEY).list().stream().map(ProcessInstance::getId)
        .collect(Collectors.toSet()));
    List<Row> rows = cycles.all().stream()
        .filter(c -> stateCode == null || c.stateCode().equals(stateCode))
        .filter(c -> wanted == null || c.status() == wanted)
        .map(c -> row(c, running.contains(c.processInstanceId())))
        .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("state", stateCode);
    model.addAttribute("status", wanted);
    model.addAttribute("statuses", ReminderCycle.Status.values());
    model.addAttribute("runningCount", rows.stream().filter(r -> r.status().equals("running")).count());
    return "reporting";
  }

  private static ReminderCycle.Status parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    for (ReminderCycle.Status s : ReminderCycle.Status.values()) {
      if (s.name().equalsIgnoreCase(status.strip())) {
        return s;
      }
    }
    return null;
  }

  private Row row(ReminderCycle c, boolean running) {
    MemberState state = registry.state(c.stateCode());
    String status = c.status() == ReminderCycle.Status.RUNNING && !running ? "ended outside the process"
        : words(c.status().name());
    return new Row(state.name(), state.code(), c.campaignYear(), format(c.startedAt()), c.notesSent(),
        c.lastNoteSymbol() == null ? "" : c.lastNoteSymbol() + " of " + c.lastNoteOn(), c.holds(),
        c.escalatedOn() == null ? "" : c.escalatedOn().toString(),
        c.meetingOutcome() == null ? "" : words(c.meetingOutcome().name()),
        c.assistanceOutcome() == null ? "" : words(c.assistanceOutcome().name()), status,
        c.reportReceivedOn() == null ? "" : c.reportReceivedOn().toString(), c.daysToReport(),
        running ? c.processInstanceId() : null);
  }

  private static String format(Instant instant) {
    return instant == null ? "" : STARTED.format(instant);
  }

  /** OFFERED_BY_EXPERTS as "offered by experts". */
  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

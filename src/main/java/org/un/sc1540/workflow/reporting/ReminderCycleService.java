package org.un.sc1540.workflow.reporting;

import org.un.sc1540.workflow.notification.FreeTextPlacement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.ReportRecording.Channel;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The rules of a reminder cycle, one method per fact: a cycle opened, a note reviewed, a note
 * sent, an escalation and its outcomes, the report received. Each method decides who may do it
 * (from the engine's authenticated user: the delegate, the task listener and the REST path all
 * meet the same rule) and whether the cycle is in a state to take it, and writes the fact into the
 * cycle register. Delegates and listeners only read their inputs and call these.
 */
@Service
public class ReminderCycleService {

  static final int MAX_TEXT = 2000;

  private final RegistryService registry;
  private final CorrespondenceRegister correspondence;
  private final ReminderCycleRegister cycles;
  private final NationalReports reports;
  private final RuntimeService runtimeService;
  private final CommitteeClock clock;
  private final CommitteeAccess access;

  ReminderCycleService(RegistryService registry, CorrespondenceRegister correspondence, ReminderCycleRegister cycles,
      NationalReports reports, RuntimeService runtimeService, CommitteeClock clock, CommitteeAccess access) {
    this.registry = registry;
    this.correspondence = correspondence;
    this.cycles = cycles;
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.access = access;
  }

  /**
   * Checks that a cycle may start for this State and registers it: a Member State, without a first
   * report, with no other cycle running, under its own code as business key.
   *
   * @return the State's code, upper-cased
   */
  public String open(String processInstanceId, String businessKey, String stateCode, Integer campaignYear) {
    access.require("start a reminder cycle", CommitteeGroups.SECRETARIAT);
    if (!registry.isMember(stateCode)) {
      throw Refused.badRequest("Unknown State code '" + stateCode + "': not one of the 193 Member States "
          + "(ISO 3166-1 alpha-3); no reminder cycle was started");
    }
    if (businessKey != null && !businessKey.equals(stateCode)) {
      throw Refused.badRequest("The business key of a reminder cycle is the State's code: '" + stateCode
          + "', not '" + businessKey + "'");
    }
    Optional<LocalDate> firstReport = registry.firstReportDate(stateCode);
    if (firstReport.isPresent()) {
      throw Refused.conflict(stateCode + " submitted its first national report on " + firstReport.get()
          + "; no reminder cycle was started");
    }
    // The engine, not the register, says what runs: a cycle deleted in Cockpit without its listeners
    // stays "running" in the register.
    List<String> running = access.asApplication(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FirstReportReminderProcess.KEY)
        .variableValueEquals(FirstReportReminderProcess.STATE_CODE, stateCode)
        .list().stream().map(p -> p.getId()).filter(id -> !id.equals(processInstanceId)).toList());
    if (!running.isEmpty()) {
      throw Refused.conflict("A reminder cycle for " + stateCode + " is already running (process instance "
          + running.get(0) + "); no second one was started");
    }
    cycles.open(processInstanceId, stateCode, campaignYear, clock.instant());
    return stateCode;
  }

  /**
   * The secretariat's review of the next note: send it, or hold the cycle for a reason. The
   * paragraph and the mention of assistance are kept for the note the review prepared, and read
   * back by the send task; nothing of them stays in the process.
   */
  public NoteReview noteReviewed(String processInstanceId, NoteReview.Decision decision, boolean mentionAssistance,
      String additionalParagraph, FreeTextPlacement paragraphPlacement, String holdReason) {
    access.require("review a note verbale", CommitteeGroups.SECRETARIAT);
    ReminderCycle cycle = running(processInstanceId);
    if (decision == NoteReview.Decision.HOLD && holdReason == null) {
      throw Refused.badRequest("Putting the cycle on hold needs a reason (holdReason)");
    }
    boolean send = decision == NoteReview.Decision.SEND;
    NoteReview review = new NoteReview(cycle.notesSent() + 1, decision, send && mentionAssistance,
        send ? additionalParagraph : null, send && additionalParagraph != null ? paragraphPlacement : null,
        send ? null : holdReason, access.userId(), clock.instant());
    cycles.reviewed(processInstanceId, review);
    return review;
  }

  /**
   * Counts the note the send task has just sent, from the correspondence register. The counter
   * changes only here, after the send, so that a retried send job asks for the same letter.
   */
  public void noteSent(String processInstanceId, String sendActivityId) {
    access.require("send a note verbale", CommitteeGroups.SECRETARIAT);
    ReminderCycle cycle = running(processInstanceId);
    int number = cycle.notesSent() + 1;
    Letter note = correspondence.forProcessInstance(processInstanceId).stream()
        .filter(l -> l.type() == LetterType.FIRST_REPORT_REMINDER && l.occurrence() == number
            && sendActivityId.equals(l.activityId()) && l.status() == LetterStatus.SENT)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Note " + number + " of the reminder cycle " + processInstanceId
            + " is not in the correspondence register as sent"));
    boolean assistance = cycles.latestReview(processInstanceId).map(NoteReview::mentionAssistance).orElse(false);
    cycles.noteSent(processInstanceId, note.letterDate(), note.symbol(), assistance);
  }

  /** After the reminder interval: whether the unanswered notes have reached the threshold for the first time. */
  public boolean escalationDue(String processInstanceId, int threshold) {
    ReminderCycle cycle = cycles.find(processInstanceId).orElseThrow(() -> unknownCycle(processInstanceId));
    return cycle.notesSent() >= threshold && !cycle.escalated();
  }

  public void escalated(String processInstanceId) {
    access.require("escalate a reminder cycle", CommitteeGroups.SECRETARIAT);
    running(processInstanceId);
    cycles.escalated(processInstanceId, clock.today());
  }

  /** The coordinators' attempt at a meeting on the margins of the General Assembly. */
  public void meetingOutcome(String processInstanceId, ReminderCycle.MeetingOutcome outcome, String notes) {
    access.require("record the outcome of a meeting on the margins of the General Assembly",
        CommitteeGroups.COORDINATORS);
    escalatedCycle(processInstanceId);
    cycles.meetingOutcome(processInstanceId, outcome, notes, access.userId());
  }

  /** Whether, and by whom, assistance in preparing the report was offered. */
  public void assistanceOutcome(String processInstanceId, ReminderCycle.AssistanceOutcome outcome, String notes) {
    access.require("record an offer of assistance", CommitteeGroups.SECRETARIAT, CommitteeGroups.EXPERTS);
    escalatedCycle(processInstanceId);
    cycles.assistanceOutcome(processInstanceId, outcome, notes, access.userId());
  }

  /**
   * The cycle's report has arrived: records it (when the message carries its date) and closes the
   * cycle with the date the registry holds. Without a date (the report was recorded first, by
   * "Record national report" or found by the send job's check) the registry must hold one.
   *
   * @return the first-report date the registry holds
   */
  public LocalDate reportArrived(String processInstanceId, String stateCode, LocalDate receivedOn, String reference) {
    access.require("record a national report", CommitteeGroups.SECRETARIAT);
    running(processInstanceId);
    LocalDate firstReportOn;
    if (receivedOn != null) {
      firstReportOn = reports.recordFirstReport(stateCode, receivedOn, reference, Channel.MESSAGE, processInstanceId,
          null).firstReportOn();
    } else {
      firstReportOn = registry.firstReportDate(stateCode).orElseThrow(() -> Refused.badRequest(
          "The message " + FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED + " needs the variable '"
              + FirstReportReminderProcess.REPORT_RECEIVED_ON + "': the date the report was received (YYYY-MM-DD)"));
    }
    cycles.reported(processInstanceId, firstReportOn, clock.instant());
    return firstReportOn;
  }

  /** A cycle deleted in Cockpit shows as cancelled instead of running for ever; a reported one stays reported. */
  public void ended(String processInstanceId) {
    cycles.cancelledIfRunning(processInstanceId, clock.instant());
  }

  private ReminderCycle running(String processInstanceId) {
    ReminderCycle cycle = cycles.find(processInstanceId).orElseThrow(() -> unknownCycle(processInstanceId));
    if (!cycle.running()) {
      throw Refused.conflict("The reminder cycle of " + cycle.stateCode() + " has ended ("
          + cycle.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
    return cycle;
  }

  private ReminderCycle escalatedCycle(String processInstanceId) {
    ReminderCycle cycle = running(processInstanceId);
    if (!cycle.escalated()) {
      throw Refused.conflict("The reminder cycle of " + cycle.stateCode() + " has not been escalated");
    }
    return cycle;
  }

  private static IllegalStateException unknownCycle(String processInstanceId) {
    return new IllegalStateException("No reminder cycle " + processInstanceId + " in the cycle register");
  }
}

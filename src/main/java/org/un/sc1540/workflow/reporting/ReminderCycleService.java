package org.un.sc1540.workflow.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.Contact;
import org.un.sc1540.workflow.registry.ContactRole;
import org.un.sc1540.workflow.registry.EmailAddresses;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;

/** What the steps of a reminder cycle do, apart from sending letters (the notification service's job). */
@Service
public class ReminderCycleService {

  static final int MAX_TEXT = 2000;

  private final RegistryService registry;
  private final CorrespondenceRegister correspondence;
  private final ReminderCycleRegister cycles;
  private final RuntimeService runtimeService;
  private final CommitteeClock clock;

  ReminderCycleService(RegistryService registry, CorrespondenceRegister correspondence, ReminderCycleRegister cycles,
      RuntimeService runtimeService, CommitteeClock clock) {
    this.registry = registry;
    this.correspondence = correspondence;
    this.cycles = cycles;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * Checks that a cycle may start for this State and registers it: a Member State, without a first
   * report, with no other cycle running. The refusals are {@link BadUserRequestException}s, which
   * the engine REST API answers with 400 and Tasklist shows as they are.
   *
   * @return the State's code, upper-cased
   */
  public String open(String processInstanceId, String businessKey, Object stateCodeValue, Integer campaignYear) {
    if (!(stateCodeValue instanceof String text) || text.isBlank()) {
      throw new BadUserRequestException("A reminder cycle needs the variable 'stateCode': the State's ISO 3166-1 "
          + "alpha-3 code, e.g. \"FRA\"");
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (!registry.isMember(code)) {
      throw new BadUserRequestException("Unknown State code '" + text.strip()
          + "': not one of the 193 Member States (ISO 3166-1 alpha-3); no reminder cycle was started");
    }
    if (businessKey != null && !businessKey.equals(code)) {
      throw new BadUserRequestException("The business key of a reminder cycle is the State's code: '" + code
          + "', not '" + businessKey + "'");
    }
    Optional<LocalDate> firstReport = registry.firstReportDate(code);
    if (firstReport.isPresent()) {
      throw new BadUserRequestException(code + " submitted its first national report on " + firstReport.get()
          + "; no reminder cycle was started");
    }
    List<String> running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FirstReportReminderProcess.KEY)
        .variableValueEquals(FirstReportReminderProcess.STATE_CODE, code)
        .list().stream().map(p -> p.getId()).filter(id -> !id.equals(processInstanceId)).toList();
    if (!running.isEmpty()) {
      throw new BadUserRequestException("A reminder cycle for " + code + " is already running (process instance "
          + running.get(0) + "); no second one was started");
    }
    cycles.open(processInstanceId, code, campaignYear, clock.instant());
    return code;
  }

  /** What the secretariat sees when it reviews the next note. */
  public NoteReview prepareReview(String processInstanceId, String stateCode, int notesSent) {
    MemberState state = registry.state(stateCode);
    List<Contact> contacts = registry.currentContacts(state.code());
    String mission = contacts.stream()
        .filter(c -> c.role() == ContactRole.MISSION && EmailAddresses.problem(c.email()) == null)
        .map(ReminderCycleService::address)
        .findFirst()
        .orElse("None: the registry has no valid e-mail address of the Permanent Mission; import one before "
            + "sending, or the note will stop at \"Complete the Mission's address\"");
    String pocs = contacts.stream()
        .filter(c -> c.role() == ContactRole.POC && EmailAddresses.problem(c.email()) == null)
        .map(ReminderCycleService::address)
        .collect(Collectors.joining("; "));
    String language = state.language().locale().getDisplayLanguage(Locale.ENGLISH) + " (" + state.language().code()
        + ")";
    int reminders = Math.max(0, notesSent - 1);
    return new NoteReview(state.name() + " (" + state.code() + ")", language, mission,
        pocs.isEmpty() ? "None in the registry" : pocs, noteHistory(processInstanceId, state.code()),
        notesSent == 0
            ? "No note yet in this cycle: this will be the first note verbale."
            : notesSent + " note(s) sent in this cycle (the first note and " + reminders + " reminder(s)); "
                + "this will be reminder " + notesSent + ".");
  }

  /** The State's first-report notes, from every cycle, oldest first, as one line each. */
  String noteHistory(String processInstanceId, String stateCode) {
    List<Letter> notes = correspondence.forState(stateCode).stream()
        .filter(l -> l.type() == LetterType.FIRST_REPORT_REMINDER)
        .toList();
    if (notes.isEmpty()) {
      return "No note verbale about the first report has been sent to this State.";
    }
    return notes.stream()
        .map(l -> l.symbol() + " of " + l.letterDate()
            + (l.status() == LetterStatus.SENT ? "" : " (" + l.status().name().toLowerCase(Locale.ROOT) + ", not sent)")
            + (processInstanceId.equals(l.processInstanceId()) ? "" : " (earlier cycle)"))
        .collect(Collectors.joining("\n"));
  }

  public record NoteReview(String stateName, String stateLanguage, String missionAddress, String pocAddresses,
      String noteHistory, String remindersSoFar) {}

  /** Checks the secretariat's review before the task completes; a hold is counted. */
  public void reviewed(String processInstanceId, Object decision, Object holdReason, Object additionalParagraph) {
    if (FirstReportReminderProcess.DECISION_HOLD.equals(decision)) {
      if (!(holdReason instanceof String reason) || reason.isBlank()) {
        throw new BadUserRequestException("Putting the cycle on hold needs a reason (holdReason)");
      }
      requireLength("holdReason", reason);
      cycles.held(processInstanceId);
    } else if (!FirstReportReminderProcess.DECISION_SEND.equals(decision)) {
      throw new BadUserRequestException("reviewDecision must be \"send\" or \"hold\", not " + describe(decision));
    }
    if (additionalParagraph != null) {
      if (!(additionalParagraph instanceof String paragraph)) {
        throw new BadUserRequestException("additionalParagraph must be text");
      }
      requireLength("additionalParagraph", paragraph);
    }
  }

  public void noteSent(String processInstanceId, String letterDate, String symbol, boolean mentionedAssistance) {
    cycles.noteSent(processInstanceId, LocalDate.parse(letterDate), symbol, mentionedAssistance);
  }

  public void escalated(String processInstanceId) {
    cycles.escalated(processInstanceId, clock.today());
  }

  public void meetingOutcome(String processInstanceId, Object outcome, Object notes) {
    cycles.meetingOutcome(processInstanceId, parse(ReminderCycle.MeetingOutcome.class, "meetingOutcome", outcome),
        text("meetingNotes", notes));
  }

  public void assistanceOutcome(String processInstanceId, Object outcome, Object notes) {
    cycles.assistanceOutcome(processInstanceId,
        parse(ReminderCycle.AssistanceOutcome.class, "assistanceOutcome", outcome), text("assistanceNotes", notes));
  }

  /**
   * Records the State's first report in the registry. The date comes with the message; without one
   * (the send guard found the report already recorded) it is the registry's.
   *
   * @return the first-report date the registry holds afterwards (an earlier one is kept)
   */
  public LocalDate recordFirstReport(String stateCode, Object reportReceivedOn, Object reference) {
    if (reportReceivedOn == null) {
      return registry.firstReportDate(stateCode).orElseThrow(() -> new BadUserRequestException(
          "The message " + FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED + " needs the variable '"
              + FirstReportReminderProcess.REPORT_RECEIVED_ON + "': the date the report was received (YYYY-MM-DD)"));
    }
    LocalDate receivedOn = reportDate(reportReceivedOn, clock.today());
    return registry.recordFirstReport(stateCode, receivedOn, text("reportReference", reference));
  }

  public void reported(String processInstanceId, LocalDate firstReportOn) {
    cycles.reported(processInstanceId, firstReportOn, clock.instant());
  }

  public void ended(String processInstanceId) {
    cycles.cancelledIfRunning(processInstanceId, clock.instant());
  }

  /** A report date as it may arrive: ISO text, or a Date (engine REST's "Date" type), never in the future. */
  static LocalDate reportDate(Object value, LocalDate today) {
    LocalDate day;
    if (value instanceof LocalDate date) {
      day = date;
    } else if (value instanceof Date date) {
      day = date.toInstant().atZone(CommitteeClock.ZONE).toLocalDate();
    } else if (value instanceof String text) {
      String trimmed = text.strip();
      try {
        // A Tasklist date field may send a date-time; its day is what counts.
        day = LocalDate.parse(trimmed.length() > 10 && trimmed.charAt(10) == 'T' ? trimmed.substring(0, 10) : trimmed);
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException("reportReceivedOn '" + text + "' is not a date in the form YYYY-MM-DD");
      }
    } else {
      throw new BadUserRequestException("reportReceivedOn must be a date in the form YYYY-MM-DD, not "
          + describe(value));
    }
    if (day.isAfter(today)) {
      throw new BadUserRequestException("reportReceivedOn " + day + " is in the future (today is " + today
          + " in New York)");
    }
    return day;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String variable, Object value) {
    if (value instanceof String text) {
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        // reported below, with the allowed values
      }
    }
    throw new BadUserRequestException(variable + " must be one of " + List.of(type.getEnumConstants()) + ", not "
        + describe(value));
  }

  private static String text(String variable, Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new BadUserRequestException(variable + " must be text, not " + describe(value));
    }
    requireLength(variable, text);
    return text.isBlank() ? null : text.strip();
  }

  private static void requireLength(String variable, String text) {
    if (text.length() > MAX_TEXT) {
      throw new BadUserRequestException(variable + " is longer than " + MAX_TEXT + " characters");
    }
  }

  private static String describe(Object value) {
    return value == null ? "nothing" : "'" + value + "'";
  }

  private static String address(Contact contact) {
    return contact.name() + " (" + contact.email() + ")";
  }
}

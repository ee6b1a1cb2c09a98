package org.un.sc1540.workflow.reporting;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.Contact;
import org.un.sc1540.workflow.registry.ContactRole;
import org.un.sc1540.workflow.registry.EmailAddresses;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.web.InertText;

/**
 * What the reminder cycle's model reads from the tables, through expressions: the values its forms
 * show (task input parameters, computed when the task is created and gone with it), the parameters
 * of its letters, and its gateways' questions. The process itself holds only the State's code.
 *
 * <p>Contacts shown inside a form's text component are made inert ({@link org.un.sc1540.workflow.web.InertText}): they are data
 * from an import and must not become links or markup in Tasklist.
 */
@Component
public class ReminderCycleView {

  private final RegistryService registry;
  private final CorrespondenceRegister correspondence;
  private final ReminderCycleRegister cycles;
  private final ReminderCycleService service;
  private final ReportingSchedule schedule;

  ReminderCycleView(RegistryService registry, CorrespondenceRegister correspondence, ReminderCycleRegister cycles,
      ReminderCycleService service, ReportingSchedule schedule) {
    this.registry = registry;
    this.correspondence = correspondence;
    this.cycles = cycles;
    this.service = service;
    this.schedule = schedule;
  }

  // --- forms

  /** "Mali (MLI)", for the heading of a form (the registry's names come with the application, not an import). */
  public String stateName(DelegateExecution execution) {
    return label(state(execution));
  }

  public String stateLanguage(DelegateExecution execution) {
    MemberState state = state(execution);
    return state.language().locale().getDisplayLanguage(Locale.ENGLISH) + " (" + state.language().code() + ")";
  }

  /** The Permanent Mission as the note's addressee, from the registry as it is today. */
  public String missionAddress(DelegateExecution execution) {
    return contacts(execution, ContactRole.MISSION).stream().findFirst().map(InertText::forMarkdown)
        .orElse("None: the registry has no valid e-mail address of the Permanent Mission; import one before "
            + "sending, or the note will stop at \"Complete the Mission's address\"");
  }

  /** The national points of contact, in copy. */
  public String pocAddresses(DelegateExecution execution) {
    List<String> pocs = contacts(execution, ContactRole.POC);
    return pocs.isEmpty() ? "None in the registry"
        : pocs.stream().map(InertText::forMarkdown).collect(Collectors.joining("; "));
  }

  /** The State's notes about its first report, from every cycle, oldest first, one a line (a read-only field). */
  public String noteHistory(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    List<Letter> notes = correspondence.forState(state(execution).code()).stream()
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

  /** Where this cycle stands, counted from the register when the review task is created. */
  public String notesSoFar(DelegateExecution execution) {
    ReminderCycle cycle = cycle(execution);
    int sent = cycle.notesSent();
    if (sent == 0) {
      return "No note yet in this cycle: this will be the first note verbale.";
    }
    return sent + (sent == 1 ? " note" : " notes") + " sent in this cycle, the last on " + cycle.lastNoteOn()
        + " (" + cycle.lastNoteSymbol() + "); this will be reminder " + sent + ".";
  }

  /** Why the letter could not be sent, and whether the registry has an address now. */
  public String undeliverableReason(DelegateExecution execution) {
    MemberState state = state(execution);
    List<String> missions = contacts(execution, ContactRole.MISSION);
    if (!missions.isEmpty()) {
      return "The registry now holds a valid address of the Permanent Mission of " + label(state) + ": "
          + InertText.forMarkdown(missions.get(0)) + ". Confirm below, and the letter goes again.";
    }
    return "No valid e-mail address of the Permanent Mission of " + label(state)
        + " is in the registry, so the letter could not be sent.";
  }

  // --- letters

  /** The number of the note the send task sends: notes sent + 1 (also its letter occurrence). */
  public int nextNoteNumber(DelegateExecution execution) {
    return cycle(execution).notesSent() + 1;
  }

  /** The symbol of the cycle's last note, which the next refers to; empty before the first. */
  public String previousNoteSymbol(DelegateExecution execution) {
    String symbol = cycle(execution).lastNoteSymbol();
    return symbol == null ? "" : symbol;
  }

  public boolean mentionAssistance(DelegateExecution execution) {
    return cycles.latestReview(execution.getProcessInstanceId()).map(NoteReview::mentionAssistance).orElse(false);
  }

  /** INLINE or ANNEX, as decided when the note was reviewed; null lets the composer decide. */
  public String additionalParagraphPlacement(DelegateExecution execution) {
    return cycles.latestReview(execution.getProcessInstanceId()).map(NoteReview::paragraphPlacement)
        .map(Enum::name).orElse(null);
  }

  /** The reviewer's paragraph for this note, as written; empty without one. */
  public String additionalParagraph(DelegateExecution execution) {
    String paragraph = cycles.latestReview(execution.getProcessInstanceId())
        .map(NoteReview::additionalParagraph).orElse(null);
    return paragraph == null ? "" : paragraph;
  }

  /** The report's date as the cycle register holds it, for the acknowledgement (ISO). */
  public String reportReceivedOn(DelegateExecution execution) {
    return String.valueOf(cycle(execution).reportReceivedOn());
  }

  // --- gateways

  /** "Send or hold?": the latest review. */
  public boolean noteHeld(DelegateExecution execution) {
    return cycles.latestReview(execution.getProcessInstanceId()).map(NoteReview::held).orElse(false);
  }

  /** "Unanswered notes reached the threshold?", for the first time in the cycle. */
  public boolean escalationDue(DelegateExecution execution) {
    return service.escalationDue(execution.getProcessInstanceId(), schedule.getEscalationThreshold());
  }

  static String label(MemberState state) {
    return state.name() + " (" + state.code() + ")";
  }

  private MemberState state(DelegateExecution execution) {
    return registry.state(Vars.of(execution).stateCode(FirstReportReminderProcess.STATE_CODE));
  }

  private ReminderCycle cycle(DelegateExecution execution) {
    return cycles.find(execution.getProcessInstanceId()).orElseThrow(() -> new IllegalStateException(
        "No reminder cycle " + execution.getProcessInstanceId() + " in the cycle register"));
  }

  private List<String> contacts(DelegateExecution execution, ContactRole role) {
    return registry.currentContacts(state(execution).code()).stream()
        .filter(c -> c.role() == role && EmailAddresses.problem(c.email()) == null)
        .map(ReminderCycleView::address)
        .toList();
  }

  private static String address(Contact contact) {
    return contact.name() + " (" + contact.email() + ")";
  }
}

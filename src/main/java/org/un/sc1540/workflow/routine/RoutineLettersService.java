package org.un.sc1540.workflow.routine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterRequest;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.notification.NotificationService;
import org.un.sc1540.workflow.notification.UndeliverableLetterException;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.Organization;
import org.un.sc1540.workflow.registry.OrganizationService;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.AdditionalInformationRecorded;
import org.un.sc1540.workflow.reporting.NonReportingStatesProcess;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The March routine letters of a year (Annex II, March): one run per year, its addressees chosen
 * by the rules, reviewed by the secretariat one letter type at a time, and sent one letter per
 * addressee. Every rule is here, checked against the engine's authenticated user, so it holds from
 * Tasklist, /engine-rest and the annual cycle alike.
 */
@Service
public class RoutineLettersService {

  static final int MAX_PARAGRAPH = 4_000;
  static final int MAX_REASON = 900;
  /** A String variable of the engine holds 4,000 characters. */
  static final int MAX_LIST = 3_900;
  private static final Logger LOG = LoggerFactory.getLogger(RoutineLettersService.class);
  /** The types whose addressees are States only, organizations only; the providers' letters go to either. */
  private static final List<LetterType> TO_STATES = List.of(LetterType.ADDITIONAL_INFORMATION_REQUEST,
      LetterType.POC_NOMINATION_REQUEST, LetterType.POC_UPDATE_REQUEST, LetterType.ASSISTANCE_REQUESTER_FOLLOW_UP);
  private static final List<LetterType> TO_ORGANIZATIONS = List.of(LetterType.ORGANIZATION_POC_NOMINATION_REQUEST,
      LetterType.ORGANIZATION_POC_UPDATE_REQUEST);

  private final RoutineLettersRepository repository;
  private final RoutineLetterRules rules;
  private final RegistryService registry;
  private final OrganizationService organizations;
  private final NotificationService notifications;
  private final RuntimeService runtimeService;
  private final CommitteeAccess access;
  private final CommitteeClock clock;

  RoutineLettersService(RoutineLettersRepository repository, RoutineLettersProperties settings,
      RegistryService registry, OrganizationService organizations, NotificationService notifications,
      RuntimeService runtimeService, CommitteeAccess access, CommitteeClock clock) {
    this.repository = repository;
    this.rules = new RoutineLetterRules(settings);
    this.registry = registry;
    this.organizations = organizations;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Opens the routine letters of a year, or refuses: the secretariat and coordinators (and the
   * annual cycle's job) start them; the year is this year or the next; one run per year. A run whose
   * process was cancelled no longer holds its year.
   *
   * @return the year
   */
  @Transactional
  public int open(String processInstanceId, Object yearValue, String givenBusinessKey) {
    Optional<CommitteeAccess.Caller> caller = access.require("start the March routine letters",
        CommitteeGroups.SECRETARIAT, CommitteeGroups.COORDINATORS);
    int year = year(yearValue);
    String businessKey = RoutineLettersProcess.businessKey(year);
    if (givenBusinessKey != null && !givenBusinessKey.isBlank() && !givenBusinessKey.equals(businessKey)) {
      throw Refused.badRequest("The business key of the " + year + " routine letters is " + businessKey + ", not '"
          + givenBusinessKey + "'; leave it empty");
    }
    repository.findRun(year).ifPresent(existing -> {
      if ("SENT".equals(existing.status())) {
        throw Refused.conflict("The " + year + " routine letters " + businessKey + " were sent on "
            + existing.sentAt().atZone(CommitteeClock.ZONE).toLocalDate() + "; there is one run per year");
      }
      if ("RUNNING".equals(existing.status()) && isRunning(existing.processInstanceId())) {
        throw Refused.conflict("The " + year + " routine letters are already under way as " + businessKey
            + " (started " + existing.startedAt().atZone(CommitteeClock.ZONE).toLocalDate()
            + "); there is one run per year");
      }
      LOG.info("The {} routine letters {} were cancelled; the year starts again", year, existing.processInstanceId());
      repository.deleteRun(year);
    });
    try {
      repository.insertRun(year, processInstanceId, caller.map(CommitteeAccess.Caller::userId).orElse(null),
          clock.instant());
    } catch (DuplicateKeyException e) {
      throw Refused.conflict("The " + year + " routine letters were started at the same moment by someone else; "
          + "they run as " + businessKey);
    }
    return year;
  }

  /**
   * The optional limit of the reminder campaign this run calls (stateCodes, as in the review's March
   * step): refused at the start when it names an unknown State, not later in a job.
   */
  public void checkCampaignStates(Object stateCodes) {
    for (String code : Inputs.stateCodes(NonReportingStatesProcess.STATE_CODES, stateCodes)) {
      registry.state(code);
    }
  }

  private int year(Object value) {
    if (Inputs.isBlank(value)) {
      throw Refused.badRequest("Give the year of the routine letters (year), e.g. " + clock.today().getYear());
    }
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw Refused.badRequest("year must be a whole number such as " + clock.today().getYear() + ", not '" + value
          + "'");
    }
    int thisYear = clock.today().getYear();
    long year = number.longValue();
    if (year < thisYear || year > thisYear + 1) {
      throw Refused.badRequest("year must be " + thisYear + " or " + (thisYear + 1) + " (today is " + clock.today()
          + " in New York), not " + value);
    }
    return (int) year;
  }

  /** Whether the year's letters are under way or sent (the annual cycle then does not start them again). */
  public boolean isOpen(int year) {
    return repository.findRun(year)
        .filter(r -> "SENT".equals(r.status()) || ("RUNNING".equals(r.status()) && isRunning(r.processInstanceId())))
        .isPresent();
  }

  /** Chooses the addressees of every type by the rules, as of today; a retried job chooses nothing twice. */
  @Transactional
  public int select(int year) {
    RoutineLettersRepository.Run run = run(year);
    if (run.selectedAt() != null) {
      return 0;
    }
    LocalDate today = clock.today();
    List<RoutineLetterRules.Selected> selected = rules.select(year, today, repository.stateFacts(today),
        repository.openRequests(), repository.providers(), repository.organizationFacts(today));
    selected.forEach(s -> repository.insertAddressee(year, s, null));
    repository.markSelected(year, clock.instant());
    LOG.info("{} routine letters: {} addressees chosen by the rules", year, selected.size());
    return selected.size();
  }

  /** The letter types, one review task each: the collection of the process's multi-instance body. */
  public List<String> letterTypes() {
    return RoutineLetterRules.TYPES.stream().map(LetterType::name).toList();
  }

  /** The addressees a type's letters go to after its review: the collection of the send task. */
  public List<Long> addresseeIds(int year, String type) {
    return repository.addressees(year, LetterType.valueOf(type)).stream()
        .filter(a -> !a.excluded()).map(RoutineLettersRepository.Addressee::id).toList();
  }

  /** The review tasks are due at the end of 31 March in New York (Annex II: the March letters). */
  public java.util.Date reviewDue(int year) {
    return java.util.Date.from(CommitteeClock.endOfDay(LocalDate.of(year, 3, 31)).toInstant());
  }

  /** "Requests for additional information (2663 §7)": what a review task is about, for people. */
  public static String label(LetterType type) {
    return switch (type) {
      case ADDITIONAL_INFORMATION_REQUEST -> "Requests for additional information (2663 §7)";
      case POC_NOMINATION_REQUEST -> "Requests to designate a national point of contact (PoW §8(c))";
      case POC_UPDATE_REQUEST -> "Requests to confirm the national point of contact (PoW §8(c))";
      case ASSISTANCE_REQUESTER_FOLLOW_UP -> "Follow-up letters to requesting States (PoW §9(c))";
      case ASSISTANCE_PROVIDER_LETTER -> "Letters to regular assistance providers (2663 §18, §20)";
      case ASSISTANCE_POTENTIAL_PROVIDER_LETTER -> "Letters to potential assistance providers (2663 §16-21)";
      case ORGANIZATION_POC_NOMINATION_REQUEST -> "Requests to organizations to designate a point of contact (2663 §23)";
      case ORGANIZATION_POC_UPDATE_REQUEST -> "Requests to organizations to confirm their point of contact (2663 §23)";
      default -> throw new IllegalArgumentException(type + " is not a March routine letter");
    };
  }

  /** The review task's name: the type and the year. */
  public static String taskName(LetterType type, int year) {
    return "Review the routine letters: " + label(type) + " — " + year;
  }

  /** The addressees of a type as the review task lists them: one line each, with the rule that chose it. */
  public String addresseeList(int year, LetterType type) {
    List<RoutineLettersRepository.Addressee> addressees = repository.addressees(year, type);
    if (addressees.isEmpty()) {
      return "No addressee: the rules chose none this year. Add one below if a letter should go.";
    }
    String detailed = addressees.stream().map(a -> "- " + name(a) + " — " + a.reason()
            + (a.excluded() ? " [excluded: " + a.excludedReason() + "]" : ""))
        .collect(Collectors.joining("\n"));
    if (detailed.length() <= MAX_LIST) {
      return detailed;
    }
    // A task variable holds at most 4,000 characters: the codes only, the rules and facts over the API.
    String prefix = addressees.size() + " addressees (each rule and fact: GET /api/routine-letters/" + year + "): ";
    StringBuilder codes = new StringBuilder(prefix);
    int listed = 0;
    for (RoutineLettersRepository.Addressee a : addressees) {
      String code = code(a);
      if (codes.length() + code.length() + 40 > MAX_LIST) {
        codes.append(" … and ").append(addressees.size() - listed).append(" more");
        break;
      }
      codes.append(listed == 0 ? "" : ", ").append(code);
      listed++;
    }
    return codes.toString();
  }

  private String code(RoutineLettersRepository.Addressee addressee) {
    return addressee.stateCode() != null ? addressee.stateCode()
        : organizations.organization(addressee.organizationId()).map(Organization::acronym)
            .orElse(String.valueOf(addressee.organizationId()));
  }

  /** The year's addressees of every type, as chosen, added and excluded, for the API. */
  public Map<String, List<Map<String, Object>>> view(int year) {
    run(year);
    Map<String, List<Map<String, Object>>> byType = new java.util.LinkedHashMap<>();
    for (LetterType type : RoutineLetterRules.TYPES) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (RoutineLettersRepository.Addressee a : repository.addressees(year, type)) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("addressee", code(a));
        row.put("stateCode", a.stateCode());
        row.put("organizationId", a.organizationId());
        row.put("reason", a.reason());
        row.put("excludedReason", a.excludedReason());
        row.put("excludedBy", a.excludedBy());
        row.put("letterId", a.letterId());
        rows.add(row);
      }
      byType.put(type.name(), rows);
    }
    return byType;
  }

  private String name(RoutineLettersRepository.Addressee addressee) {
    if (addressee.stateCode() != null) {
      MemberState state = registry.state(addressee.stateCode());
      return state.code() + " " + state.name() + " (" + state.language().code() + ")";
    }
    return organizations.organization(addressee.organizationId())
        .map(o -> o.acronym() + " " + o.name() + " (" + o.language().code() + ")")
        .orElse("organization " + addressee.organizationId());
  }

  /**
   * The secretariat's review of one letter type: addressees excluded (each with a reason), added
   * (with a reason), and a paragraph for every letter of the type. Only the secretariat (or an
   * administrator) may; refused as a whole, with the reason, when a line names no addressee.
   *
   * @param exclusions one line per addressee: {@code CODE: reason} (ISO alpha-3 code or organization acronym)
   * @param additions one line per addressee: {@code CODE: reason}
   */
  @Transactional
  public void review(int year, LetterType type, Object exclusions, Object additions, Object paragraph) {
    Optional<CommitteeAccess.Caller> caller = access.require("review the March routine letters",
        CommitteeGroups.SECRETARIAT);
    String by = caller.map(CommitteeAccess.Caller::userId).orElse(null);
    if (repository.isReviewed(year, type)) {
      LOG.info("{} routine letters of type {} already reviewed", year, type);
      return;
    }
    List<RoutineLettersRepository.Addressee> addressees = repository.addressees(year, type);
    for (Line line : lines(RoutineLettersProcess.EXCLUSIONS, exclusions)) {
      Addressee target = addressee(type, line.code());
      RoutineLettersRepository.Addressee row = addressees.stream()
          .filter(a -> target.matches(a.stateCode(), a.organizationId())).findFirst()
          .orElseThrow(() -> Refused.badRequest("exclusions: " + line.code() + " is not among the addressees of the "
              + label(type) + "; the task lists them"));
      repository.exclude(row.id(), line.reason(), by, clock.instant());
    }
    for (Line line : lines(RoutineLettersProcess.ADDITIONS, additions)) {
      Addressee target = addressee(type, line.code());
      if (addressees.stream().anyMatch(a -> target.matches(a.stateCode(), a.organizationId()))) {
        throw Refused.badRequest("additions: " + line.code() + " is already an addressee of the " + label(type));
      }
      repository.insertAddressee(year, new RoutineLetterRules.Selected(type, target.stateCode(),
          target.organizationId(), "added " + (by == null ? "in the review" : "by " + by) + ": " + line.reason(), null,
          null, null), by);
    }
    String text = Inputs.isBlank(paragraph) ? null : paragraph.toString().strip();
    if (text != null && text.length() > MAX_PARAGRAPH) {
      throw Refused.badRequest(RoutineLettersProcess.ADDITIONAL_PARAGRAPH + " may hold at most " + MAX_PARAGRAPH
          + " characters, not " + text.length());
    }
    repository.insertReview(year, type, text, by, clock.instant());
  }

  private record Line(String code, String reason) {}

  private record Addressee(String stateCode, Long organizationId) {

    boolean matches(String otherState, Long otherOrganization) {
      return stateCode != null ? stateCode.equals(otherState) : organizationId.equals(otherOrganization);
    }
  }

  private static List<Line> lines(String field, Object value) {
    if (Inputs.isBlank(value)) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    for (String raw : value.toString().split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      String codes = (colon < 0 ? line : line.substring(0, colon)).strip();
      String reason = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (reason.isEmpty()) {
        throw Refused.badRequest(field + ": give the reason after the code, e.g. \"" + codes
            + ": the Mission informed the secretariat that a reply is on its way\"");
      }
      if (reason.length() > MAX_REASON) {
        throw Refused.badRequest(field + ": the reason for " + codes + " may hold at most " + MAX_REASON + " characters");
      }
      // Several addressees may share a reason: "DEU, ITA: ...".
      for (String code : codes.split("\\s*,\\s*")) {
        if (!code.isBlank()) {
          lines.add(new Line(code.strip(), reason));
        }
      }
    }
    return lines;
  }

  /** A State's alpha-3 code or an organization's acronym, as the type allows. */
  private Addressee addressee(LetterType type, String code) {
    if (!TO_ORGANIZATIONS.contains(type) && code.length() == 3 && registry.states().containsKey(
        code.toUpperCase(Locale.ROOT))) {
      return new Addressee(code.toUpperCase(Locale.ROOT), null);
    }
    if (!TO_STATES.contains(type)) {
      Optional<Organization> organization = organizations.organization(code);
      if (organization.isPresent()) {
        return new Addressee(null, organization.get().id());
      }
    }
    throw Refused.badRequest("'" + code + "' is not " + (TO_STATES.contains(type) ? "a Member State's alpha-3 code"
        : TO_ORGANIZATIONS.contains(type) ? "the acronym of an organization in the registry"
        : "a Member State's alpha-3 code or the acronym of an organization in the registry"));
  }

  /**
   * Sends one addressee's letter, in its language, through the notification service: a retried job
   * finds the letter in the register and sends nothing twice. An addressee without a valid address
   * is recorded as not sent, with the reason, and the other letters go on.
   */
  public void send(long addresseeId, String processInstanceId, String activityId, String businessKey) {
    RoutineLettersRepository.Addressee addressee = repository.addressee(addresseeId)
        .orElseThrow(() -> new IllegalStateException("No routine letter addressee " + addresseeId));
    if (addressee.excluded()) {
      return;
    }
    Map<String, Object> parameters = new HashMap<>();
    repository.paragraph(addressee.year(), addressee.type())
        .ifPresent(p -> parameters.put(RoutineLettersProcess.ADDITIONAL_PARAGRAPH, p));
    parameters.put("lastSubmissionYear", addressee.lastSubmissionYear());
    parameters.put("pocConfirmedOn", addressee.pocConfirmedOn());
    parameters.put("requestReferences", addressee.requestReferences());
    LetterRequest request = addressee.stateCode() != null
        ? new LetterRequest(addressee.stateCode(), addressee.type(), processInstanceId, activityId, 1, businessKey,
            parameters)
        : LetterRequest.toOrganization(addressee.organizationId(), addressee.type(), processInstanceId, activityId, 1,
            businessKey, parameters);
    try {
      Letter letter = notifications.send(request);
      repository.recordLetter(addresseeId, letter.id());
    } catch (UndeliverableLetterException e) {
      LOG.warn("{} routine letter {} to {} not sent: {}", addressee.year(), addressee.type(), name(addressee),
          e.getMessage());
      repository.exclude(addresseeId, "not sent: " + truncate(e.getMessage()), null, clock.instant());
    }
  }

  private static String truncate(String message) {
    return message == null ? "" : message.length() > MAX_REASON ? message.substring(0, MAX_REASON) : message;
  }

  /**
   * A reply to the March letter: the State's (or organization's) current points of contact are
   * still right, as of a day (today when none is given). Only the secretariat (or an administrator)
   * records it; a State or organization with no current point of contact is refused (import the
   * contact it named instead).
   *
   * @return how many points of contact were confirmed
   */
  @Transactional
  public int confirmPointsOfContact(String stateCode, String organizationAcronym, LocalDate confirmedOn) {
    Optional<CommitteeAccess.Caller> caller = access.require("record that a point of contact is confirmed",
        CommitteeGroups.SECRETARIAT);
    LocalDate today = clock.today();
    LocalDate day = confirmedOn == null ? today : confirmedOn;
    if (day.isAfter(today)) {
      throw Refused.badRequest("confirmedOn " + day + " is in the future (today is " + today + " in New York)");
    }
    if ((stateCode == null) == (organizationAcronym == null)) {
      throw Refused.badRequest("Name either the State (stateCode) or the organization (organization), not both");
    }
    int confirmed;
    String who;
    String code = null;
    Long organizationId = null;
    if (stateCode != null) {
      MemberState state = registry.state(stateCode);
      who = state.name() + " (" + state.code() + ")";
      code = state.code();
      confirmed = repository.confirmStatePocs(state.code(), day);
    } else {
      Organization organization = organizations.organization(organizationAcronym).orElseThrow(() ->
          Refused.notFound("No organization '" + organizationAcronym + "' in the registry"));
      who = organization.name() + " (" + organization.acronym() + ")";
      organizationId = organization.id();
      confirmed = repository.confirmOrganizationPocs(organization.id(), day);
    }
    if (confirmed == 0) {
      throw Refused.conflict(who + " has no current point of contact on " + day + "; import the contact it named "
          + "(POST /api/registry/contacts or /api/registry/organizations/contacts)");
    }
    repository.insertReply("POC_CONFIRMED", code, organizationId, day, null, null,
        caller.map(CommitteeAccess.Caller::userId).orElse(null), clock.instant());
    return confirmed;
  }

  /**
   * A reply to the request for additional information (2663 §7): recorded in the registry as the
   * State's submission, with what changed as the State said it (PoW §8(b)), which the request asked
   * for. Only the secretariat (or an administrator); a State without a first report is refused (its
   * first report is recorded with Record national report).
   */
  @Transactional
  public void recordAdditionalInformation(String stateCode, LocalDate receivedOn, String reference,
      String whatChanged) {
    Optional<CommitteeAccess.Caller> caller = access.require("record additional information",
        CommitteeGroups.SECRETARIAT);
    MemberState state = registry.state(stateCode);
    LocalDate today = clock.today();
    if (receivedOn == null || receivedOn.isAfter(today)) {
      throw Refused.badRequest("receivedOn must be given and not in the future (today is " + today + " in New York)");
    }
    if (Inputs.isBlank(whatChanged)) {
      throw Refused.badRequest("whatChanged: say precisely what changed since the State's last report or "
          + "information (programme of work para. 8 (b))");
    }
    String changed = whatChanged.strip();
    if (changed.length() > MAX_PARAGRAPH || (reference != null && reference.length() > 500)) {
      throw Refused.badRequest("whatChanged may hold at most " + MAX_PARAGRAPH + " characters, reference 500");
    }
    if (registry.firstReportDate(state.code()).isEmpty()) {
      throw Refused.conflict(state.name() + " (" + state.code() + ") has no first report in the registry; record "
          + "its first report (Record national report) rather than additional information");
    }
    registry.recordAdditionalInformation(state.code(), receivedOn, reference);
    repository.insertReply("ADDITIONAL_INFORMATION", state.code(), null, receivedOn, reference, changed,
        caller.map(CommitteeAccess.Caller::userId).orElse(null), clock.instant());
  }

  /**
   * Additional information recorded from Tasklist (RecordAdditionalInformationProcess): kept among
   * the replies with what changed, as one recorded here over REST is; in the recording's transaction.
   */
  @EventListener
  public void additionalInformationRecorded(AdditionalInformationRecorded recorded) {
    repository.insertReply("ADDITIONAL_INFORMATION", recorded.stateCode(), null, recorded.receivedOn(),
        recorded.reference(), recorded.whatChanged(), recorded.recordedBy(), recorded.recordedAt());
  }

  /** The replies recorded, newest first. */
  public List<RoutineLettersRepository.Reply> replies() {
    return repository.replies(500);
  }

  /** The end of the run: sent when every letter went, cancelled when deleted in Cockpit. */
  @Transactional
  public void end(String processInstanceId, boolean cancelled) {
    repository.endRun(processInstanceId, cancelled ? "CANCELLED" : "SENT", clock.instant());
  }

  /** What was sent, for the annual cycle's step: "ROUTINE-2027: 41 letters sent, 2 excluded". */
  public String summary(int year) {
    int sent = 0;
    int excluded = 0;
    for (LetterType type : RoutineLetterRules.TYPES) {
      for (RoutineLettersRepository.Addressee a : repository.addressees(year, type)) {
        if (a.excluded()) {
          excluded++;
        } else if (a.letterId() != null) {
          sent++;
        }
      }
    }
    return RoutineLettersProcess.businessKey(year) + ": " + sent + " letters sent, " + excluded
        + " addressees excluded or not sent (see the review tasks and the correspondence register)";
  }

  List<RoutineLettersRepository.Addressee> addressees(int year, LetterType type) {
    return repository.addressees(year, type);
  }

  private RoutineLettersRepository.Run run(int year) {
    return repository.findRun(year).orElseThrow(() -> Refused.notFound("There are no routine letters for " + year));
  }

  private boolean isRunning(String processInstanceId) {
    return access.asApplication(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0);
  }
}

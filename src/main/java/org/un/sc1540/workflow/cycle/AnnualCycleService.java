package org.un.sc1540.workflow.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.assistance.AssistanceQuarterlyUpdateProcess;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.routine.RoutineLettersProcess;
import org.un.sc1540.workflow.routine.RoutineLettersService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The annual cycles: one per calendar year, its steps planned when it starts, released at their
 * dates and done with their outcomes. Every rule of the cycle is here, checked against the
 * engine's authenticated user, so it holds from Tasklist, /engine-rest and the Committee's API alike.
 */
@Service
public class AnnualCycleService {

  static final int MAX_DECISION = 20_000;
  static final int MAX_SYMBOL = 500;
  private static final Logger LOG = LoggerFactory.getLogger(AnnualCycleService.class);

  private final CycleRepository repository;
  private final RuntimeService runtimeService;
  private final ReviewLink review;
  private final CommitteeAccess access;
  private final CommitteeClock clock;
  private final RoutineLettersService routineLetters;

  AnnualCycleService(CycleRepository repository, RuntimeService runtimeService, ReviewLink review,
      CommitteeAccess access, CommitteeClock clock, RoutineLettersService routineLetters) {
    this.routineLetters = routineLetters;
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.review = review;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Opens the cycle of a year, or refuses: only coordinators (and the application's own timer)
   * start one; the year is this year or the next; one cycle per year. A cycle whose process was
   * cancelled no longer holds its year.
   *
   * @return the year
   */
  @Transactional
  public int open(String processInstanceId, Object yearValue, String givenBusinessKey) {
    Optional<CommitteeAccess.Caller> caller = access.require("start an annual cycle", CommitteeGroups.COORDINATORS);
    int year = year(yearValue);
    String businessKey = AnnualCycleProcess.businessKey(year);
    if (givenBusinessKey != null && !givenBusinessKey.isBlank() && !givenBusinessKey.equals(businessKey)) {
      throw Refused.badRequest("The business key of the " + year + " annual cycle is " + businessKey + ", not '"
          + givenBusinessKey + "'; leave it empty");
    }
    repository.findCycle(year).ifPresent(existing -> {
      if ("COMPLETED".equals(existing.status())) {
        throw Refused.conflict("The " + year + " annual cycle " + businessKey + " was completed on "
            + existing.endedAt().atZone(CommitteeClock.ZONE).toLocalDate() + "; there is one cycle per year");
      }
      if ("RUNNING".equals(existing.status()) && isRunning(existing.processInstanceId())) {
        throw Refused.conflict("The " + year + " annual cycle is already running as " + businessKey + " (started "
            + existing.startedAt().atZone(CommitteeClock.ZONE).toLocalDate() + "); there is one cycle per year");
      }
      LOG.info("The {} annual cycle {} was cancelled; its year starts again", year, existing.processInstanceId());
      repository.deleteCycle(year);
    });
    try {
      repository.insertCycle(year, processInstanceId, caller.map(CommitteeAccess.Caller::userId).orElse(null),
          clock.instant());
    } catch (DuplicateKeyException e) {
      throw Refused.conflict("The " + year + " annual cycle was started at the same moment by someone else; it runs as "
          + businessKey);
    }
    return year;
  }

  private int year(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw Refused.badRequest("Give the year of the cycle (year), e.g. " + clock.today().getYear());
    }
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw Refused.badRequest("year must be a whole number such as " + clock.today().getYear() + ", not '" + value
          + "'");
    }
    int thisYear = clock.today().getYear();
    long year = number.longValue();
    if (year < thisYear || year > thisYear + 1 || year > Inputs.LAST_YEAR) {
      throw Refused.badRequest("year must be " + thisYear + " or " + (thisYear + 1) + " (today is " + clock.today()
          + " in New York), not " + value);
    }
    return (int) year;
  }

  /** Whether a cycle of the year holds it (running or completed): the yearly timer then starts nothing. */
  public boolean isOpen(int year) {
    return repository.findCycle(year)
        .filter(c -> "COMPLETED".equals(c.status()) || ("RUNNING".equals(c.status()) && isRunning(c.processInstanceId())))
        .isPresent();
  }

  /** Copies the year's steps into the table, with their dates; a retried job plans nothing twice. */
  @Transactional
  public int plan(int year) {
    cycle(year);
    int planned = repository.findSteps(year).size();
    if (planned > 0) {
      return planned;
    }
    int order = 0;
    for (CycleStep step : CycleStep.values()) {
      repository.insertStep(year, step.name(), ++order, step.label(), step.groupId(),
          step.releaseDay(year).atStartOfDay(CommitteeClock.ZONE).toInstant(),
          CommitteeClock.endOfDay(step.dueDay(year)).toInstant());
    }
    return order;
  }

  /** The step ids of the year, in order: the collection of the process's multi-instance body. */
  public List<String> stepIds(int year) {
    return repository.findSteps(year).stream().map(CycleRepository.Step::stepId).toList();
  }

  public Date releaseDate(int year, String stepId) {
    return Date.from(step(year, stepId).releaseAt());
  }

  public Date dueDate(int year, String stepId) {
    return Date.from(step(year, stepId).dueAt());
  }

  public String group(int year, String stepId) {
    return step(year, stepId).groupId();
  }

  /**
   * Releases a step at its date. The Chair's first-quarter briefing is linked to the year's
   * comprehensive review when the review holds it (Annex II, March: "brief the Security Council and
   * the press"), so that it is not done twice.
   *
   * @return where the step is held instead, or null when the cycle's own task carries it out
   */
  @Transactional
  public String release(int year, String stepId) {
    CycleRepository.Step step = step(year, stepId);
    if (step.isReleased()) {
      return step.linkedTo();
    }
    String linkedTo = CycleStep.COUNCIL_BRIEFING.name().equals(stepId) ? review.councilBriefing(year) : null;
    repository.markReleased(year, stepId, linkedTo, clock.instant());
    return linkedTo;
  }

  /**
   * Whether this step calls the year's routine letters (RoutineLettersProcess): the March step,
   * unless the letters were already started from Tasklist, whose run the step's own task then records.
   */
  public boolean sendsRoutineLetters(int year, String stepId) {
    return CycleStep.MARCH_ROUTINE_LETTERS.name().equals(stepId) && !routineLetters.isOpen(year);
  }

  /** The March step done when the routine letters were sent: today, with what went, by the application. */
  @Transactional
  public void recordRoutineLettersSent(int year) {
    String stepId = CycleStep.MARCH_ROUTINE_LETTERS.name();
    if (!repository.recordOutcome(year, stepId, null, clock.instant(), clock.today(),
        RoutineLettersProcess.businessKey(year), routineLetters.summary(year))) {
      LOG.info("Outcome of {} step {} already recorded", year, stepId);
    }
  }

  /** What a step is and where it comes from, for its task's description. */
  String description(int year, String stepId) {
    CycleStep definition = definition(stepId);
    String related = related(year, definition);
    return definition.source() + (related == null ? "" : ". The assistance register's update given this quarter: "
        + related + " (GET /api/assistance/report)");
  }

  private static String related(int year, CycleStep step) {
    int quarter = step == null ? 0 : step.assistanceQuarter();
    if (quarter == 0) {
      return null;
    }
    // The update given in a quarter is the one on the quarter just ended (AssistanceQuarterlyUpdateProcess).
    return quarter == 1 ? AssistanceQuarterlyUpdateProcess.businessKey(year - 1, 4)
        : AssistanceQuarterlyUpdateProcess.businessKey(year, quarter - 1);
  }

  /**
   * Records a step's outcome: only its group (or an administrator) may; the steps it follows must
   * be done; a decision and the date it happened (not in the future). A retried call records nothing twice.
   */
  @Transactional
  public void complete(int year, String stepId, Object decision, LocalDate outcomeDate, Object documentSymbol) {
    CycleRepository.Step step = step(year, stepId);
    Optional<CommitteeAccess.Caller> caller = access.require("record the outcome of \"" + step.label() + "\"",
        step.groupId());
    if (step.isDone()) {
      throw Refused.conflict("\"" + step.label() + "\" of " + year + " was recorded on "
          + step.completedAt().atZone(CommitteeClock.ZONE).toLocalDate() + " by " + step.completedBy());
    }
    CycleStep definition = definition(stepId);
    for (CycleStep before : definition == null ? List.<CycleStep>of() : definition.waitsFor()) {
      CycleRepository.Step earlier = step(year, before.name());
      if (!earlier.isDone()) {
        throw Refused.conflict("\"" + earlier.label() + "\" of " + year + " is not done yet; \"" + step.label()
            + "\" follows it");
      }
    }
    String text = text(AnnualCycleProcess.DECISION, decision, MAX_DECISION);
    if (text == null) {
      throw Refused.badRequest("Record the decision or result of \"" + step.label() + "\" (decision)");
    }
    if (outcomeDate == null) {
      throw Refused.badRequest("Give the date of the outcome (outcomeDate): the day of the meeting, letter or document");
    }
    LocalDate today = clock.today();
    if (outcomeDate.isAfter(today)) {
      throw Refused.badRequest("The outcome date " + outcomeDate + " is in the future (today is " + today
          + " in New York)");
    }
    if (outcomeDate.getYear() < year - 1) {
      throw Refused.badRequest("The outcome date " + outcomeDate + " is long before the " + year + " cycle");
    }
    String symbol = text(AnnualCycleProcess.DOCUMENT_SYMBOL, documentSymbol, MAX_SYMBOL);
    String by = caller.map(CommitteeAccess.Caller::userId).orElse(null);
    if (!repository.recordOutcome(year, stepId, by, clock.instant(), outcomeDate, symbol, text)) {
      LOG.info("Outcome of {} step {} already recorded", year, stepId);
    }
  }

  private static String text(String name, Object value, int max) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > max) {
      throw Refused.badRequest(name + " may hold at most " + max + " characters, not " + text.length());
    }
    return text;
  }

  /** The end of the cycle: completed when its last step is done, cancelled when deleted in Cockpit. */
  @Transactional
  public void end(String processInstanceId, boolean cancelled) {
    repository.endCycle(processInstanceId, cancelled ? "CANCELLED" : "COMPLETED", clock.instant());
  }

  public CycleStatus status(int year) {
    CycleRepository.Cycle cycle = cycle(year);
    Instant now = clock.instant();
    List<CycleStatus.Step> rows = new ArrayList<>();
    for (CycleRepository.Step own : repository.findSteps(year)) {
      CycleRepository.Step step = withLinkedOutcome(year, own);
      CycleStatus.State state;
      if (step.isDone()) {
        state = CycleStatus.State.DONE;
      } else if (!step.isReleased() && now.isBefore(step.releaseAt())) {
        state = CycleStatus.State.NOT_YET;
      } else if (now.isAfter(step.dueAt())) {
        state = CycleStatus.State.OVERDUE;
      } else {
        state = CycleStatus.State.OPEN;
      }
      rows.add(new CycleStatus.Step(step.stepId(), step.label(), step.groupId(), newYork(step.releaseAt()),
          newYork(step.dueAt()), state, step.linkedTo(), related(year, definition(step.stepId())),
          newYork(step.releasedAt()), newYork(step.completedAt()), step.completedBy(), step.outcomeDate(),
          step.documentSymbol(), step.decision()));
    }
    return new CycleStatus(year, AnnualCycleProcess.businessKey(year), cycle.processInstanceId(), cycle.status(),
        newYork(now), rows);
  }

  /** A step the review holds is done when the review recorded it, with the review's outcome. */
  private CycleRepository.Step withLinkedOutcome(int year, CycleRepository.Step step) {
    if (step.linkedTo() == null || step.isDone()) {
      return step;
    }
    return review.outcome(year, step.linkedTo())
        .map(o -> new CycleRepository.Step(step.year(), step.stepId(), step.sortOrder(), step.label(), step.groupId(),
            step.releaseAt(), step.dueAt(), step.releasedAt(), step.linkedTo(),
            o.completedAt() == null ? clock.instant() : o.completedAt().toInstant(), o.completedBy(), o.outcomeDate(),
            o.documentReference(), o.decision()))
        .orElse(step);
  }

  CycleRepository.Step step(int year, String stepId) {
    return repository.findStep(year, stepId).orElseThrow(() -> Refused.notFound("The " + year
        + " annual cycle has no step " + stepId + "; GET /api/cycle/" + year + " lists its steps"));
  }

  private CycleRepository.Cycle cycle(int year) {
    return repository.findCycle(year).orElseThrow(() -> Refused.notFound("There is no annual cycle for " + year));
  }

  private static CycleStep definition(String stepId) {
    return CycleStep.of(stepId);
  }

  private boolean isRunning(String processInstanceId) {
    return access.asApplication(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0);
  }

  private static OffsetDateTime newYork(Instant instant) {
    return instant == null ? null : instant.atZone(CommitteeClock.ZONE).toOffsetDateTime();
  }
}

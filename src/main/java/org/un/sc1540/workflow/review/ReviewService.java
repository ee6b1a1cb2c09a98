package org.un.sc1540.workflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.matrix.MatrixRoundService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * The comprehensive reviews: one per year, its steps planned from the schedule, released month by
 * month, done with their outcomes, and moved by coordinators. The process asks; this answers.
 */
@Service
public class ReviewService {

  /** October: the draft report is discussed with the incoming members then, so the report cannot be due earlier. */
  static final int EARLIEST_REPORT_MONTH = 10;
  /** Resolution 2663 (2022), paragraph 3: the first comprehensive review, before December 2027. */
  static final int FIRST_REVIEW_YEAR = 2027;
  /** Where the refusals of a report due date point: the paragraph that sets the dates. */
  static final String PARAGRAPH_3 = "resolution 2663 (2022), paragraph 3: ";
  private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);

  private final ReviewRepository repository;
  private final ReviewSchedule schedule;
  private final RuntimeService runtimeService;
  private final AuthorizationService authorizationService;
  private final RegistryService registry;
  private final ReviewProperties properties;
  private final MandateProperties mandate;
  private final MatrixRoundService matrixRounds;
  private final CommitteeClock clock;
  private final CommitteeAccess access;

  ReviewService(ReviewRepository repository, ReviewSchedule schedule, RuntimeService runtimeService,
      AuthorizationService authorizationService, RegistryService registry, ReviewProperties properties,
      MandateProperties mandate, MatrixRoundService matrixRounds, CommitteeClock clock, CommitteeAccess access) {
    this.mandate = mandate;
    this.matrixRounds = matrixRounds;
    this.access = access;
    this.repository = repository;
    this.schedule = schedule;
    this.runtimeService = runtimeService;
    this.authorizationService = authorizationService;
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * A review's start variables, checked and completed with their defaults.
   *
   * @param postponementReference the Committee's decision to postpone the report into December
   *     (its document symbol or the date of the meeting), or null
   */
  public record ReviewStart(int reviewYear, LocalDate reportDueDate, boolean precedesMandateRenewal,
      List<String> stateCodes, String postponementReference) {}

  /** Someone asking for something: their Camunda user and groups (none for the engine itself). */
  public record Requester(String userId, List<String> groupIds) {

    static final Requester ENGINE = new Requester(null, List.of());
  }

  public ReviewStart check(Object reviewYear, Object reportDueDate, Object precedesMandateRenewal, Object stateCodes,
      Object postponementReference) {
    int year = ReviewInput.requiredInteger(ComprehensiveReviewProcess.REVIEW_YEAR, reviewYear);
    int thisYear = clock.today().getYear();
    if (year < thisYear || year > thisYear + properties.yearsAhead()) {
      throw ReviewRequestException.badRequest("reviewYear must lie between " + thisYear + " and "
          + (thisYear + properties.yearsAhead()) + ", not " + year);
    }
    LocalDate due = ReviewInput.optionalDate(ComprehensiveReviewProcess.REPORT_DUE_DATE, reportDueDate);
    if (due == null) {
      due = ReviewCalendar.defaultReportDueDate(year);
    }
    // The Committee may postpone a review's report into the next year (the 2020 review was
    // concluded in 2021); checkResolutionDates asks for the decision's reference.
    if (due.getYear() < year || due.getYear() > year + 1
        || (due.getYear() == year && due.getMonthValue() < EARLIEST_REPORT_MONTH)) {
      throw ReviewRequestException.badRequest("reportDueDate must fall between 1 October " + year + " and 31 December "
          + year + " (the draft report is discussed with the incoming members in October), or in " + (year + 1)
          + " when the Committee has decided to postpone the report, not " + due);
    }
    if (due.isBefore(clock.today())) {
      throw ReviewRequestException.badRequest("reportDueDate " + due + " has passed (today is " + clock.today()
          + " in New York)");
    }
    boolean renewal = ReviewInput.optionalBoolean(ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL,
        precedesMandateRenewal);
    String postponement = ReviewInput.optionalText(ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE,
        postponementReference, 500);
    List<String> states = ReviewInput.stateCodes(ComprehensiveReviewProcess.STATE_CODES, stateCodes,
        registry::isMember);
    ReviewStart start = new ReviewStart(year, due, renewal, states, postponement);
    checkResolutionDates(start);
    return start;
  }

  /**
   * Resolution 2663 (2022), paragraph 3, with paragraph 2: the first review's report precedes
   * December 2027; a review before the mandate's renewal reports before the mandate ends
   * ({@code committee.mandate.ends-on}); every other review before the December of its year,
   * unless the Committee decided to postpone it and the start names that decision. Called for
   * every start, whatever path it took, before the review's row is written.
   */
  void checkResolutionDates(ReviewStart start) {
    int year = start.reviewYear();
    LocalDate due = start.reportDueDate();
    LocalDate december = LocalDate.of(year, 12, 1);
    if (start.precedesMandateRenewal() && due.isAfter(mandate.endsOn())) {
      throw ReviewRequestException.badRequest(PARAGRAPH_3 + "a review before the renewal of the mandate reports "
          + "before the mandate ends on " + mandate.endsOn() + " (paragraph 2); reportDueDate " + due
          + " is too late");
    }
    if (year == FIRST_REVIEW_YEAR && !due.isBefore(december)) {
      throw ReviewRequestException.badRequest(PARAGRAPH_3 + "the first comprehensive review reports before "
          + "December 2027; reportDueDate " + due + " is too late");
    }
    if (!due.isBefore(december) && start.postponementReference() == null) {
      throw ReviewRequestException.badRequest(PARAGRAPH_3 + "the review's report precedes the December of its "
          + "year; reportDueDate " + due + " needs the Committee's decision to postpone it: give its reference as "
          + ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE);
    }
  }

  /**
   * Whether someone may steer reviews: start one, move its steps. Coordinators and administrators may.
   */
  public boolean maySteer(Requester requester) {
    return requester.userId() == null || requester.groupIds().contains(CommitteeGroups.COORDINATORS)
        || requester.groupIds().contains(CommitteeGroups.ADMINISTRATORS);
  }

  /**
   * Opens the review of a year, or refuses: one review per year. A review whose process was
   * cancelled (in Cockpit, with or without its listeners) no longer holds its year.
   */
  @Transactional
  public void open(String processInstanceId, ReviewStart start, Requester requester) {
    int year = start.reviewYear();
    checkResolutionDates(start);
    repository.findReview(year).ifPresent(existing -> {
      boolean running = existing.status() == Review.Status.RUNNING && isRunning(existing.processInstanceId());
      if (running) {
        throw ReviewRequestException.conflict("The " + year + " comprehensive review is already running as "
            + ComprehensiveReviewProcess.businessKey(year) + " (started " + existing.startedAt().atZone(CommitteeClock.ZONE)
            .toLocalDate() + "); there is one review per year");
      }
      if (existing.status() == Review.Status.COMPLETED) {
        throw ReviewRequestException.conflict("The " + year + " comprehensive review was completed on "
            + existing.endedAt().atZone(CommitteeClock.ZONE).toLocalDate() + "; there is one review per year");
      }
      LOG.info("The {} review {} was cancelled; its year starts again", year, existing.processInstanceId());
      // A review cancelled without its listeners left its steps running: they go with it.
      cancelSteps(year, "The review " + ComprehensiveReviewProcess.businessKey(year) + " was cancelled");
      repository.deleteReview(year);
    });
    ReviewSchedule.Schedule steps = schedule.forReview(start.precedesMandateRenewal(),
        properties.isNptReviewConferenceYear(year));
    try {
      repository.insertReview(new Review(year, processInstanceId, start.reportDueDate(), start.precedesMandateRenewal(),
          start.stateCodes().isEmpty() ? null : ReviewInput.json(start.stateCodes()), steps.version(),
          Review.Status.RUNNING, requester.userId(), clock.instant(), null, start.postponementReference()));
    } catch (DuplicateKeyException e) {
      throw ReviewRequestException.conflict("A " + year + " comprehensive review was started at the same moment by "
          + "someone else; it runs as " + ComprehensiveReviewProcess.businessKey(year));
    }
  }

  /** Copies the schedule's rows into the review, with this review's months and dates. */
  @Transactional
  public int plan(int year) {
    Review review = review(year);
    List<ReviewStep> planned = repository.findSteps(year);
    if (!planned.isEmpty()) {
      return planned.size();
    }
    List<ScheduledStep> steps = schedule.forReview(review.precedesMandateRenewal(),
        properties.isNptReviewConferenceYear(year)).steps();
    int order = 0;
    for (ScheduledStep step : steps) {
      int month = ReviewCalendar.monthFor(step.month(), step.dueRule(), review.reportDueDate());
      repository.insertStep(new ReviewStep(year, step.stepId(), ++order, step.label(), step.annexItem(), step.group(),
          step.kind(), step.dueRule(), step.waitsFor(), step.month(), month, ReviewCalendar.releaseAt(year, month),
          ReviewCalendar.dueAt(year, month, step.dueRule(), review.reportDueDate()), null, null, null, null, null,
          null, null, step.ifNecessary(), null));
    }
    return steps.size();
  }

  /**
   * Starts a ReviewStepProcess for every step with work of its own (business key
   * REVIEW-&lt;year&gt;-&lt;stepId&gt;; the review's States, if it names them, for the processes a step
   * calls). As the application: nobody starts a step from outside, and the review's start was
   * checked before its table was written.
   */
  @Transactional
  public void startSteps(int year) {
    Review review = review(year);
    for (String stepId : stepIds(year)) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(ComprehensiveReviewProcess.REVIEW_YEAR, year);
      variables.put(ComprehensiveReviewProcess.STEP_ID, stepId);
      if (review.stateCodes() != null) {
        variables.put(ComprehensiveReviewProcess.STATE_CODES, review.stateCodes());
      }
      access.asApplication(() -> runtimeService.startProcessInstanceByKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY,
          ComprehensiveReviewProcess.stepBusinessKey(year, stepId), variables));
    }
  }

  /**
   * Whether every step with an instance is done (carried out, marked not needed or cancelled), as
   * the review's table records it: the review's gateway "Every step done?".
   */
  public boolean allStepsDone(int year) {
    return repository.findSteps(year).stream().filter(s -> !s.kind().isDoneByMatrixRound())
        .allMatch(ReviewStep::isDone);
  }

  /** The steps that have an instance in the review; the June steps the matrix round records have none. */
  public List<String> stepIds(int year) {
    return repository.findSteps(year).stream().filter(s -> !s.kind().isDoneByMatrixRound())
        .map(ReviewStep::stepId).toList();
  }

  /** The steps of one working group, in schedule order (those the matrix round records included). */
  public List<String> stepIds(int year, WorkingGroup group) {
    return repository.findSteps(year).stream().filter(s -> s.group() == group).map(ReviewStep::stepId).toList();
  }

  ReviewStep step(int year, String stepId) {
    return repository.findStep(year, stepId).orElseThrow(() -> ReviewRequestException.notFound(
        "The " + year + " review has no step " + stepId + "; GET /api/review/" + year + "/status lists its steps"));
  }

  Review review(int year) {
    return repository.findReview(year).orElseThrow(() -> ReviewRequestException.notFound(
        "There is no comprehensive review for " + year));
  }

  public Date releaseDate(int year, String stepId) {
    return Date.from(step(year, stepId).releaseAt());
  }

  public Date dueDate(int year, String stepId) {
    return Date.from(step(year, stepId).dueAt());
  }

  /** Marks a step released and returns it. */
  @Transactional
  public ReviewStep release(int year, String stepId) {
    if (step(year, stepId).isNotNeeded()) {
      return step(year, stepId);
    }
    repository.markReleased(year, stepId, clock.instant());
    return step(year, stepId);
  }

  /** Whether the step may go on: what it waits for is done, or it is done itself (marked not needed). */
  public boolean prerequisitesDone(int year, String stepId) {
    Map<String, ReviewStep> steps = steps(year);
    ReviewStep step = step(year, stepId);
    return step.isDone() || step.waitsFor().stream().map(steps::get).allMatch(s -> s != null && s.isDone());
  }

  /**
   * Whether a coordinator marked the step not needed. The mark is kept in the step's row, so that
   * a step marked before its instance could receive {@code ReviewStepNotNeeded} (the instances
   * start in jobs of their own) takes it up when its month comes, instead of losing it.
   */
  public boolean notNeeded(int year, String stepId) {
    return step(year, stepId).isNotNeeded();
  }

  /**
   * Records a step's outcome, then lets every released step that waited only for it go on, and
   * tells the review when it was the last. A retried job records nothing twice. The review's row
   * is locked first: steps are processes of their own, and two finishing at once must see each
   * other's outcome, or neither would let a step waiting for both go on, nor end the review.
   */
  @Transactional
  public void complete(int year, String stepId, StepOutcome outcome, String by) {
    Review review = lockedReview(year);
    step(year, stepId);
    if (!repository.recordOutcome(year, stepId, outcome, by, clock.instant())) {
      LOG.info("Outcome of {} step {} already recorded", year, stepId);
    }
    letDependentsGoOn(review, stepId);
    tellTheReviewIfDone(review);
  }

  /**
   * A step's process was cancelled in Cockpit on its own: the step is recorded as not carried out,
   * with who cancelled it, so that the steps waiting for it and the review go on. When its review
   * has ended or was cancelled (which cancels its steps), nothing is recorded.
   */
  @Transactional
  public void stepCancelled(int year, String stepId, String processInstanceId) {
    if (repository.findReview(year).filter(r -> r.status() == Review.Status.RUNNING).isEmpty()) {
      return;
    }
    Review review = lockedReview(year);
    String by = access.userId();
    String reason = "Cancelled in Cockpit" + (by == null ? "" : " by " + by) + " (process instance "
        + processInstanceId + "); the step was not carried out";
    if (repository.recordNotNeeded(year, stepId, reason, by, clock.instant(), clock.today())) {
      LOG.warn("{} step {}: {}", year, stepId, reason);
      letDependentsGoOn(review, stepId);
      tellTheReviewIfDone(review);
    }
  }

  /** The review's row, locked until the transaction ends; the one place where steps meet. */
  private Review lockedReview(int year) {
    repository.lockReview(year);
    return review(year);
  }

  /** Sends the review ReviewStepsDone when its table shows every step done; kept in the table otherwise. */
  private void tellTheReviewIfDone(Review review) {
    if (allStepsDone(review.reviewYear())) {
      access.asApplication(() -> runtimeService.createMessageCorrelation(ComprehensiveReviewProcess.MESSAGE_STEPS_DONE)
          .processInstanceId(review.processInstanceId()).correlateAllWithResult());
    }
  }

  /** Lets every released step that waited only for this one (now done) go on. */
  private void letDependentsGoOn(Review review, String stepId) {
    int year = review.reviewYear();
    Map<String, ReviewStep> steps = steps(year);
    for (ReviewStep dependent : steps.values()) {
      if (dependent.isReleased() && !dependent.isDone()
          && dependent.waitsFor().stream().map(steps::get).allMatch(s -> s != null && s.isDone())) {
        if (dependent.waitsFor().contains(stepId)) {
          deliver(review, ComprehensiveReviewProcess.MESSAGE_PREREQUISITES_DONE, dependent.stepId(), true);
        } else if (dependent.waitsFor().stream().map(steps::get).anyMatch(s -> s.kind().isDoneByMatrixRound())) {
          // Waits for what the matrix round records (its June posting): taken up at the review's
          // next step done, if it still waits.
          deliver(review, ComprehensiveReviewProcess.MESSAGE_PREREQUISITES_DONE, dependent.stepId(), false);
        }
      }
    }
  }

  /**
   * The year's matrix round has sent its last covering note or recorded its June posting
   * ({@code MatrixRoundProgressed}, through {@link ReviewMatrixRoundListener}): every released step
   * of a running review that waited for what the round records, and whose prerequisites are now all
   * done, goes on at once, as it would at the review's next recorded step. A step that no longer
   * waits (its task is open, or it is done) has no subscription and is left alone.
   */
  @Transactional
  public void matrixRoundProgressed(int year) {
    java.util.Optional<Review> review = repository.findReview(year)
        .filter(r -> r.status() == Review.Status.RUNNING);
    if (review.isEmpty()) {
      return;
    }
    Map<String, ReviewStep> steps = steps(year);
    for (ReviewStep step : steps.values()) {
      if (step.isReleased() && !step.isDone()
          && step.waitsFor().stream().map(steps::get).allMatch(s -> s != null && s.isDone())
          && step.waitsFor().stream().map(steps::get).anyMatch(ReviewService::isRecordedByTheMatrixRound)) {
        // The round's news is the application's, not the user's who posted: no right of theirs on the review needed.
        deliver(review.get(), ComprehensiveReviewProcess.MESSAGE_PREREQUISITES_DONE, step.stepId(), false);
      }
    }
  }

  /** A step whose being done the review reads from the matrix round's tables (March's notes, June's posting). */
  private static boolean isRecordedByTheMatrixRound(ReviewStep step) {
    return step.kind().isDoneByMatrixRound() || step.kind() == StepKind.MATRIX_CIRCULATION;
  }

  /**
   * Marks an "if necessary" step not needed (Annex II, October and November: the meetings with the
   * incoming members on the draft report, "if necessary"): the reason is its outcome, the step
   * ends wherever it waits, and the steps waiting for it go on. Coordinators and administrators.
   */
  @Transactional
  public ReviewStep markNotNeeded(int year, String stepId, Object reason, Requester requester) {
    if (!maySteer(requester)) {
      throw ReviewRequestException.forbidden("Only coordinators mark a step of a review not needed; "
          + requester.userId() + " is not allowed to change " + ComprehensiveReviewProcess.businessKey(year));
    }
    Review review = lockedReview(year);
    if (review.status() != Review.Status.RUNNING) {
      throw ReviewRequestException.conflict("The " + year + " review is " + review.status().name().toLowerCase()
          + "; its steps no longer change");
    }
    ReviewStep step = step(year, stepId);
    String why = ReviewInput.optionalText("reason", reason, 1000);
    if (why == null) {
      throw ReviewRequestException.badRequest("Say why step " + stepId + " is not needed (reason)");
    }
    if (!step.ifNecessary()) {
      throw ReviewRequestException.conflict("Step " + stepId + " (" + step.label() + ") is not an \"if necessary\" "
          + "item of the schedule; it cannot be marked not needed");
    }
    if (step.isDone()) {
      throw ReviewRequestException.conflict("Step " + stepId + " was done on "
          + step.completedAt().atZone(CommitteeClock.ZONE).toLocalDate() + "; it is no longer open");
    }
    if (!repository.recordNotNeeded(year, stepId, why, requester.userId(), clock.instant(), clock.today())) {
      throw ReviewRequestException.conflict("Step " + stepId + " was done a moment ago; it is no longer open");
    }
    deliver(review, ComprehensiveReviewProcess.MESSAGE_STEP_NOT_NEEDED, stepId, true);
    letDependentsGoOn(review, stepId);
    tellTheReviewIfDone(review);
    LOG.info("{} marked {} step {} not needed: {}", requester.userId(), year, stepId, why);
    return step(year, stepId);
  }

  /** What a moved step looks like now. */
  record Move(ReviewStep step, boolean changed) {}

  /**
   * Moves a step not yet released to another month of the review year: its release and due date
   * follow, and its waiting timer is set again.
   */
  @Transactional
  public Move move(int year, String stepId, Object month, Object reason, Requester requester) {
    if (!maySteer(requester)) {
      throw ReviewRequestException.forbidden("Only coordinators move the steps of a review; " + requester.userId()
          + " is not allowed to change " + ComprehensiveReviewProcess.businessKey(year));
    }
    Review review = review(year);
    if (review.status() != Review.Status.RUNNING) {
      throw ReviewRequestException.conflict("The " + year + " review is " + review.status().name().toLowerCase()
          + "; its steps no longer move");
    }
    ReviewStep step = step(year, stepId);
    int to = ReviewInput.requiredInteger("month", month);
    String why = ReviewInput.optionalText("reason", reason, 1000);
    if (step.isDone()) {
      throw ReviewRequestException.conflict("Step " + stepId + " was done on "
          + step.completedAt().atZone(CommitteeClock.ZONE).toLocalDate() + "; it no longer moves");
    }
    if (step.kind().isDoneByMatrixRound()) {
      throw ReviewRequestException.conflict("Step " + stepId + " is recorded by the year's matrix round, in its June "
          + "posting task (" + ComprehensiveReviewProcess.matrixRoundBusinessKey(year) + "); it does not move");
    }
    if (step.isReleased()) {
      throw ReviewRequestException.conflict("Step " + stepId + " was released on "
          + step.releasedAt().atZone(CommitteeClock.ZONE).toLocalDate() + " and is under way; change its task's due "
          + "date in Tasklist instead");
    }
    String problem = ReviewCalendar.problemWithMonth(to, step.dueRule(), review.reportDueDate());
    if (problem != null) {
      throw ReviewRequestException.badRequest("Step " + stepId + " cannot move: " + problem);
    }
    Instant releaseAt = ReviewCalendar.releaseAt(year, to);
    if (step.kind() == StepKind.MATRIX_CIRCULATION
        && !releaseAt.isBefore(CommitteeClock.endOfDay(commentDeadline(year)).toInstant())) {
      throw ReviewRequestException.badRequest("Step " + stepId + " cannot move to " + ReviewCalendar.monthName(to)
          + ": the States' comments on the matrices are due " + commentDeadline(year));
    }
    if (to == step.month()) {
      return new Move(step, false);
    }
    Instant dueAt = ReviewCalendar.dueAt(year, to, step.dueRule(), review.reportDueDate());
    if (!repository.moveStep(year, stepId, to, releaseAt, dueAt)) {
      throw ReviewRequestException.conflict("Step " + stepId + " was released a moment ago; it no longer moves");
    }
    repository.insertChange(year, stepId, step.month(), to, why, requester.userId(), clock.instant());
    deliver(review, ComprehensiveReviewProcess.MESSAGE_STEP_RESCHEDULED, stepId, true);
    LOG.info("{} moved {} step {} from {} to {}", requester.userId(), year, stepId, step.month(), to);
    return new Move(step(year, stepId), true);
  }

  /** The review has ended: completed, or cancelled in Cockpit, which cancels the steps still under way. */
  @Transactional
  public void end(String processInstanceId, boolean cancelled) {
    repository.findReviewByProcessInstance(processInstanceId).ifPresent(review -> {
      repository.endReview(review.reviewYear(), processInstanceId,
          cancelled ? Review.Status.CANCELLED : Review.Status.COMPLETED, clock.instant());
      if (cancelled) {
        cancelSteps(review.reviewYear(), "The review " + ComprehensiveReviewProcess.businessKey(review.reviewYear())
            + " was cancelled");
      }
    });
  }

  /** Cancels the step processes of a year still running (their review was cancelled). */
  private void cancelSteps(int year, String reason) {
    List<String> running = List.copyOf(runningSteps(year).values());
    if (!running.isEmpty()) {
      access.asApplication(() -> runtimeService.deleteProcessInstances(running, reason, false, true));
      LOG.info("{}: {} step processes cancelled", reason, running.size());
    }
  }

  /**
   * The review's step processes still running, by step id (business keys REVIEW-&lt;year&gt;-&lt;stepId&gt;),
   * read as the application: the engine's answer, whoever asks.
   */
  public Map<String, String> runningSteps(int year) {
    String prefix = ComprehensiveReviewProcess.stepBusinessKey(year, "");
    return access.asApplication(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKeyLike(prefix + "%").list().stream()
        .collect(Collectors.toMap(p -> p.getBusinessKey().substring(prefix.length()),
            org.camunda.bpm.engine.runtime.ProcessInstance::getId, (first, second) -> first)));
  }

  /** The four areas' conclusions as recorded so far, by working group. */
  public Map<WorkingGroup, String> conclusions(int year) {
    Map<WorkingGroup, String> conclusions = new EnumMap<>(WorkingGroup.class);
    for (ReviewStep step : repository.findSteps(year)) {
      if (step.kind() == StepKind.CONCLUSIONS) {
        conclusions.put(step.group(), step.conclusions());
      }
    }
    return conclusions;
  }

  /** The States' comment deadline of the year's matrix round: {@code committee.matrix.comment-deadline}. */
  public LocalDate commentDeadline(int year) {
    return matrixRounds.defaultCommentDeadline(year);
  }

  /**
   * Whether the review follows the year's matrix round rather than starting it: one runs already
   * (started outside the review), or the States' comment deadline has passed (the review started
   * late), so that a round needs a later deadline, which the review cannot choose.
   */
  public boolean matrixRoundToFollow(int year) {
    return matrixRoundRunning(year) || clock.today().isAfter(commentDeadline(year));
  }

  /** Whether a matrix circulation round of the year runs already (started outside the review). */
  public boolean matrixRoundRunning(int year) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS)
        .processInstanceBusinessKey(ComprehensiveReviewProcess.matrixRoundBusinessKey(year)).count() > 0;
  }

  public ReviewStatus status(int year) {
    Review review = review(year);
    Instant now = clock.instant();
    Map<String, ReviewStep> steps = steps(year);
    List<ReviewStatus.Step> rows = new ArrayList<>();
    for (ReviewStep step : steps.values()) {
      ReviewStatus.State state;
      if (step.isDone()) {
        state = ReviewStatus.State.DONE;
      } else if (step.kind().isDoneByMatrixRound()) {
        // Never released: the round's June posting records it.
        state = now.isBefore(step.releaseAt()) ? ReviewStatus.State.WAITING_FOR_MONTH : ReviewStatus.State.IN_PROGRESS;
      } else if (!step.isReleased()) {
        state = ReviewStatus.State.WAITING_FOR_MONTH;
      } else if (step.waitsFor().stream().map(steps::get).allMatch(s -> s != null && s.isDone())) {
        state = ReviewStatus.State.IN_PROGRESS;
      } else {
        state = ReviewStatus.State.WAITING_FOR_PREREQUISITES;
      }
      boolean overdue = !step.isDone() && now.isAfter(step.dueAt());
      rows.add(new ReviewStatus.Step(step.stepId(), step.label(), step.group().groupId(), step.group().title(),
          step.kind().name(), step.scheduleMonth(), step.month(), newYork(step.releaseAt()), newYork(step.dueAt()),
          state, step.isDone(), overdue, step.waitsFor(), newYork(step.releasedAt()), newYork(step.completedAt()),
          step.completedBy(), step.outcomeDate(), step.documentReference(), step.decision(), step.annexItem(),
          step.ifNecessary(), step.notNeededReason()));
    }
    List<ReviewStatus.Change> changes = repository.findChanges(year).stream()
        .map(c -> new ReviewStatus.Change(c.stepId(), c.fromMonth(), c.toMonth(), c.reason(), c.changedBy(),
            newYork(c.changedAt())))
        .toList();
    return new ReviewStatus(year, ComprehensiveReviewProcess.businessKey(year), review.processInstanceId(),
        review.status().name(), review.reportDueDate(), review.precedesMandateRenewal(), review.scheduleVersion(),
        newYork(now), (int) rows.stream().filter(ReviewStatus.Step::done).count(),
        (int) rows.stream().filter(ReviewStatus.Step::overdue).count(), rows, changes);
  }

  /**
   * The review's steps as they stand, with what the year's matrix round has done: Annex II's March
   * item is "updated matrices sent to States", so the matrix circulation step is done once every
   * State of the round has been sent its covering note (matrix_state_review.sent_on, through
   * MatrixRoundService.progress), though the round goes on with comments and consultations. Its
   * own row is written when the round closes, with the day the notes went out.
   */
  private Map<String, ReviewStep> steps(int year) {
    Map<String, ReviewStep> steps = repository.findSteps(year).stream()
        .collect(Collectors.toMap(ReviewStep::stepId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    boolean roundMatters = steps.values().stream().anyMatch(step -> !step.isDone()
        && (step.kind().isDoneByMatrixRound() || step.kind() == StepKind.MATRIX_CIRCULATION && step.isReleased()));
    if (!roundMatters) {
      return steps;
    }
    java.util.Optional<MatrixRoundService.RoundProgress> round = matrixRounds.progress(year);
    if (round.isEmpty()) {
      return steps;
    }
    MatrixRoundService.RoundProgress progress = round.get();
    String reference = progress.businessKey();
    steps.replaceAll((id, step) -> {
      if (step.isDone()) {
        return step;
      }
      if (step.kind() == StepKind.MATRIX_CIRCULATION && step.isReleased()) {
        return progress.coveringNotesSentOn().map(day -> step.doneBy(endOf(day), day, reference,
            "Covering notes sent to every State of the round on " + day + "; the round goes on")).orElse(step);
      }
      if (step.kind() == StepKind.MATRICES_CONSIDERED) {
        return progress.consideredOn().map(day -> step.doneBy(endOf(day), day, reference,
            "The Committee considered the revised matrices on " + day + " (recorded with the round's June posting)"))
            .orElse(step);
      }
      if (step.kind() == StepKind.MATRICES_POSTED) {
        return progress.postedOn().map(day -> step.doneBy(endOf(day), day, reference,
            "Approved matrices posted on " + day + (progress.carried().isEmpty() ? ""
                : "; carried, posted when approved: " + String.join(", ", progress.carried())))).orElse(step);
      }
      return step;
    });
    return steps;
  }

  private static Instant endOf(LocalDate day) {
    return CommitteeClock.endOfDay(day).toInstant();
  }

  /** The day the last covering note of the year's matrix round went out, once every State's has. */
  java.util.Optional<LocalDate> coveringNotesSentOn(int year) {
    return matrixRounds.progress(year).flatMap(MatrixRoundService.RoundProgress::coveringNotesSentOn);
  }

  private boolean isRunning(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  /**
   * Delivers a message to the step that waits for it: its ReviewStepProcess, by business key. A
   * review started on an earlier model (one multi-instance subprocess) has the step as an
   * execution of its own instance, with the step id as a local variable. As the application: the
   * caller's right to move or mark the step was checked before; the message is the review's own.
   */
  private void deliver(Review review, String message, String stepId, boolean logIfKept) {
    int year = review.reviewYear();
    boolean delivered = access.asApplication(() -> !runtimeService.createMessageCorrelation(message)
        .processInstanceBusinessKey(ComprehensiveReviewProcess.stepBusinessKey(year, stepId))
        .correlateAllWithResult().isEmpty()
        || !runtimeService.createMessageCorrelation(message).processInstanceId(review.processInstanceId())
        .localVariableEquals(ComprehensiveReviewProcess.STEP_ID, stepId).correlateAllWithResult().isEmpty());
    // Nothing waits for it yet: what the message says is in the step's row already (its month,
    // its prerequisites done, marked not needed), and the step reads it when it gets there.
    if (!delivered && logIfKept) {
      LOG.info("{} for {} step {}: no instance waits for it yet; kept in review_step", message, year, stepId);
    }
  }

  private static OffsetDateTime newYork(Instant instant) {
    return instant == null ? null : instant.atZone(CommitteeClock.ZONE).toOffsetDateTime();
  }
}

package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * Circulation rounds: opening one (at most one per year at a time), the June posting, closing it,
 * and what a round has done so far. The comprehensive review reads a round through
 * {@link #progress(int)}.
 */
@Service
public class MatrixRoundService {

  private final MatrixRepository repository;
  private final RegistryService registry;
  private final RuntimeService runtimeService;
  private final MatrixProperties properties;
  private final CommitteeClock clock;
  private final CommitteeAccess access;
  private final ApplicationEventPublisher events;

  MatrixRoundService(MatrixRepository repository, RegistryService registry, RuntimeService runtimeService,
      MatrixProperties properties, CommitteeClock clock, CommitteeAccess access, ApplicationEventPublisher events) {
    this.repository = repository;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.properties = properties;
    this.clock = clock;
    this.access = access;
    this.events = events;
  }

  /** What a round starts with, once its start variables are checked and completed. */
  public record RoundStart(int reviewYear, LocalDate commentDeadline, List<String> stateCodes,
      MatrixProperties.NoReplyPolicy noReplyPolicy) {}

  /**
   * Checks a round's start variables and applies the defaults (29 May, all 193 States, the
   * configured policy). {@code allStates} is the start form's confirmation: null when the start
   * did not ask (REST, the comprehensive review), where an empty list means all 193 as before.
   */
  public RoundStart check(int reviewYear, LocalDate commentDeadline, List<String> stateCodes, Boolean allStates,
      MatrixProperties.NoReplyPolicy policy) {
    LocalDate deadline = commentDeadline == null ? properties.defaultCommentDeadline(reviewYear) : commentDeadline;
    LocalDate today = clock.today();
    if (deadline.isBefore(today)) {
      throw Refused.badRequest("commentDeadline " + deadline + " is in the past (today is " + today
          + " in New York); give a later deadline");
    }
    if (stateCodes.isEmpty() && Boolean.FALSE.equals(allStates)) {
      throw Refused.badRequest("No States are named: list the States of the round (e.g. FRA, ARG, CHN), or tick "
          + "\"All 193 Member States\" to circulate the matrices to every Member State");
    }
    return new RoundStart(reviewYear, deadline, memberStates(stateCodes),
        policy == null ? properties.noReplyPolicy() : policy);
  }

  /** The States of a round: all 193 when none are named; unknown codes refused, all named at once. */
  private List<String> memberStates(List<String> codes) {
    Set<String> members = registry.states().keySet();
    if (codes.isEmpty()) {
      return List.copyOf(members);
    }
    List<String> unknown = codes.stream().filter(code -> !members.contains(code)).toList();
    if (!unknown.isEmpty()) {
      throw Refused.badRequest("stateCodes: " + String.join(", ", unknown.stream().map(code -> "'" + code + "'").toList())
          + (unknown.size() == 1 ? " is not" : " are not") + " among the 193 Member States (ISO 3166-1 alpha-3 codes)");
    }
    return codes;
  }

  /**
   * Opens the round of this year, or refuses because one is running. A round whose process no
   * longer runs (cancelled in Cockpit without its listeners) does not block the year.
   */
  public void open(String processInstanceId, RoundStart start) {
    access.require("start a matrix circulation round", CommitteeGroups.SECRETARIAT, CommitteeGroups.COORDINATORS);
    Optional<MatrixRound> open = repository.findOpenRound(start.reviewYear());
    if (open.isPresent()) {
      MatrixRound running = open.get();
      if (isRunning(running.processInstanceId())) {
        throw alreadyRunning(running);
      }
      repository.closeRound(running.processInstanceId(), clock.instant());
    }
    try {
      repository.insertRound(processInstanceId, start.reviewYear(), start.commentDeadline(), start.stateCodes(),
          start.noReplyPolicy(), access.userId(), clock.instant());
    } catch (DuplicateKeyException e) {
      throw Refused.conflict("A matrix circulation round for " + start.reviewYear()
          + " was started at the same moment by someone else; it is running as "
          + MatrixCirculation.businessKey(start.reviewYear()));
    }
  }

  private boolean isRunning(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  private static Refused alreadyRunning(MatrixRound running) {
    return Refused.conflict("A matrix circulation round for " + running.reviewYear()
        + " is already running (" + MatrixCirculation.businessKey(running.reviewYear()) + ", started "
        + running.startedAt().atZone(CommitteeClock.ZONE).toLocalDate()
        + (running.startedBy() == null ? "" : " by " + running.startedBy())
        + "); a second round for the same year can start only when it has ended");
  }

  public void close(String processInstanceId) {
    repository.closeRound(processInstanceId, clock.instant());
  }

  /** The States the round's reviews are started for (the round's multi-instance collection). */
  public List<String> stateCodes(String roundId) {
    return round(roundId).stateCodes();
  }

  /** Whether every State's review of the round has ended (approved, or ended in Cockpit). */
  public boolean allReviewsEnded(String roundId) {
    MatrixRound round = round(roundId);
    return repository.countClosedReviews(roundId) >= round.stateCount();
  }

  /**
   * The June step: after the Committee considered the revised matrices, the approved ones are
   * posted on the website. Every matrix approved by now is posted; the others are carried with the
   * note and posted by their own review when approved. Only coordinators (and administrators).
   */
  public void post(String roundId, LocalDate consideredOn, LocalDate postedOn, String websiteUrl, String carriedNote) {
    access.require("post the approved matrices", CommitteeGroups.COORDINATORS);
    MatrixRound round = repository.lockRound(roundId).orElseThrow(() -> notARound(roundId));
    if (round.posted()) {
      throw Refused.conflict("The approved matrices of the " + round.reviewYear() + " round were posted already, on "
          + round.postedOn());
    }
    LocalDate today = clock.today();
    if (postedOn.isAfter(today)) {
      throw Refused.badRequest("postedOn " + postedOn + " is in the future (today is " + today + " in New York)");
    }
    List<StateMatrixStatus> states = repository.findReviews(roundId);
    LocalDate considered = consideredOn != null ? consideredOn : states.stream().map(StateMatrixStatus::approvedOn)
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(postedOn);
    if (considered.isAfter(postedOn)) {
      throw Refused.badRequest("consideredOn " + considered + " is after postedOn " + postedOn
          + ": the Committee considers the revised matrices before the approved ones are posted");
    }
    long carried = states.stream().filter(s -> !s.approved()).count();
    String note = carriedNote;
    if (note == null && carried > 0) {
      note = carried + (carried == 1 ? " State's matrix is" : " States' matrices are")
          + " still under review; each is posted when the Committee approves it.";
    }
    repository.updateRoundPosted(roundId, considered, postedOn, websiteUrl, note, access.userId(), clock.instant());
    repository.postApprovedOfRound(roundId, postedOn, websiteUrl, access.userId());
    events.publishEvent(new MatrixRoundProgressed(round.reviewYear(), roundId,
        MatrixRoundProgressed.Fact.MATRICES_POSTED));
  }

  public List<MatrixRound> rounds() {
    return repository.findRounds();
  }

  public Optional<MatrixRound> roundOf(String roundId) {
    return repository.findRound(roundId);
  }

  public Optional<RoundSummary> summary(String roundProcessInstanceId) {
    return repository.findRound(roundProcessInstanceId).map(this::summary);
  }

  /** The summary of the latest round of the year. */
  public Optional<RoundSummary> summaryOfYear(int year) {
    return repository.findLatestRound(year).map(this::summary);
  }

  private RoundSummary summary(MatrixRound round) {
    List<StateMatrixStatus> states = repository.findReviews(round.processInstanceId());
    Set<String> codes = states.stream().map(StateMatrixStatus::stateCode).collect(Collectors.toSet());
    List<LateMatrixComment> afterApproval = repository.findLateComments(round.reviewYear()).stream()
        .filter(c -> codes.contains(c.stateCode()))
        .toList();
    return new RoundSummary(round, states, afterApproval);
  }

  /**
   * Where the year's latest round stands, for the comprehensive review's March and June steps.
   *
   * @param running whether the round still runs
   * @param coveringNotesSentOn the day the last covering note of the round went out, once every
   *     State of the round has been sent its matrix (Annex II, March: "updated matrices sent to
   *     States"); empty while any is still to send
   * @param consideredOn the day the Committee considered the revised matrices (June), once posted
   * @param postedOn the day the approved matrices were posted on the website (June), once posted
   * @param carried the States whose matrix was not approved at the June posting (posted later, each
   *     when approved)
   * @param stillToPost States approved after the June posting whose matrix is not posted yet
   */
  public record RoundProgress(int reviewYear, String businessKey, String processInstanceId, boolean running,
      LocalDate commentDeadline, int states, int sent, int approved, Optional<LocalDate> coveringNotesSentOn,
      Optional<LocalDate> consideredOn, Optional<LocalDate> postedOn, List<String> carried,
      List<String> stillToPost) {}

  /** Whether the year has a matrix round (running or ended). */
  public boolean hasRound(int year) {
    return repository.findLatestRound(year).isPresent();
  }

  /** The year's latest round as the comprehensive review sees it; empty when the year has none. */
  public Optional<RoundProgress> progress(int year) {
    return repository.findLatestRound(year).map(round -> {
      List<StateMatrixStatus> states = repository.findReviews(round.processInstanceId());
      Optional<LocalDate> sentOn = coveringNotesAllSent(round, states)
          ? states.stream().map(StateMatrixStatus::sentOn).max(Comparator.naturalOrder()) : Optional.empty();
      List<String> carried = states.stream().filter(StateMatrixStatus::carried)
          .map(StateMatrixStatus::stateCode).toList();
      List<String> stillToPost = round.posted() ? states.stream().filter(s -> s.approved() && s.postedOn() == null)
          .map(StateMatrixStatus::stateCode).toList() : List.of();
      return new RoundProgress(round.reviewYear(), MatrixCirculation.businessKey(round.reviewYear()),
          round.processInstanceId(), round.open(), round.commentDeadline(), round.stateCount(),
          (int) states.stream().filter(s -> s.sentOn() != null).count(),
          (int) states.stream().filter(StateMatrixStatus::approved).count(), sentOn,
          Optional.ofNullable(round.consideredOn()), Optional.ofNullable(round.postedOn()), carried, stillToPost);
    });
  }

  /** Whether every State of the round has been sent its matrix with its covering note. */
  static boolean coveringNotesAllSent(MatrixRound round, List<StateMatrixStatus> states) {
    return states.size() >= round.stateCount() && states.stream().allMatch(s -> s.sentOn() != null);
  }

  /** The default comment deadline of a year's round (29 May; {@code committee.matrix.comment-deadline}). */
  public LocalDate defaultCommentDeadline(int year) {
    return properties.defaultCommentDeadline(year);
  }

  MatrixRound round(String roundId) {
    return repository.findRound(roundId).orElseThrow(() -> notARound(roundId));
  }

  private static IllegalStateException notARound(String roundId) {
    return new IllegalStateException("Matrix round " + roundId + " is not registered");
  }
}

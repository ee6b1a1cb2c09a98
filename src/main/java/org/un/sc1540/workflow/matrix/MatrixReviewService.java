package org.un.sc1540.workflow.matrix;

import org.un.sc1540.workflow.notification.FreeTextPlacement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * One State's matrix in a round: what the experts prepared and revised, what was sent, the
 * deadline and its extensions, the Committee's decision and the posting. Each fact is written
 * here, by the one method that decides who may write it (from {@link CommitteeAccess}) and whether
 * the review is at the stage for it; the process's listeners and delegates only map their inputs.
 */
@Service
public class MatrixReviewService {

  private final MatrixRepository repository;
  private final RegistryService registry;
  private final MatrixProperties properties;
  private final CommitteeClock clock;
  private final CommitteeAccess access;
  private final RuntimeService runtimeService;
  private final ApplicationEventPublisher events;

  MatrixReviewService(MatrixRepository repository, RegistryService registry, MatrixProperties properties,
      CommitteeClock clock, CommitteeAccess access, RuntimeService runtimeService, ApplicationEventPublisher events) {
    this.repository = repository;
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
    this.access = access;
    this.runtimeService = runtimeService;
    this.events = events;
  }

  /**
   * Registers a State's review in its round. The round's deadline and policy apply unless the
   * review was started on its own with its own; comments the State sent before its review
   * started are the review's from now on.
   *
   * @return how many comments the State had sent before its review started
   */
  public int open(String processInstanceId, String roundId, int year, String stateCode, LocalDate deadline,
      MatrixProperties.NoReplyPolicy policy) {
    access.require("start a State's matrix review on its own (the round starts them)");
    String code = registry.state(stateCode).code();
    Optional<MatrixRound> round = repository.findRound(roundId);
    LocalDate due = deadline != null ? deadline
        : round.map(MatrixRound::commentDeadline).orElse(properties.defaultCommentDeadline(year));
    MatrixProperties.NoReplyPolicy applied = policy != null ? policy
        : round.map(MatrixRound::noReplyPolicy).orElse(properties.noReplyPolicy());
    repository.insertReview(processInstanceId, roundId, year, code, due, applied);
    return repository.adoptComments(roundId, code, processInstanceId);
  }

  /** The experts' updated matrix; the covering note that follows links it and says what changed. */
  public void prepare(String processInstanceId, String reference, String version, String url, String changes,
      FreeTextPlacement changesPlacement) {
    access.require("prepare a State's matrix", CommitteeGroups.EXPERTS);
    StateMatrixStatus review = openReview(processInstanceId);
    requireStage(review, "prepare its matrix", MatrixStage.PREPARING);
    repository.updatePrepared(processInstanceId, reference, version, url, changes, access.userId());
    repository.updateChangesPlacement(processInstanceId, changesPlacement);
  }

  /** Where the covering note puts what changed: in its body, or as an annex in the language written. */
  public FreeTextPlacement changesPlacement(String processInstanceId) {
    return repository.changesPlacement(processInstanceId);
  }

  /**
   * Records the State's matrix as sent with its covering note; the last of its round to go out
   * tells whoever waits for the round's covering notes ({@link MatrixRoundProgressed}).
   */
  public void matrixSent(String processInstanceId, String symbol, LocalDate sentOn) {
    repository.updateSent(processInstanceId, symbol, sentOn);
    repository.findReview(processInstanceId).map(StateMatrixStatus::roundProcessInstanceId)
        .flatMap(repository::findRound)
        .filter(round -> MatrixRoundService.coveringNotesAllSent(round,
            repository.findReviews(round.processInstanceId())))
        .ifPresent(round -> events.publishEvent(new MatrixRoundProgressed(round.reviewYear(),
            round.processInstanceId(), MatrixRoundProgressed.Fact.COVERING_NOTES_SENT)));
  }

  public void reminderSent(String processInstanceId, LocalDate day) {
    repository.updateReminderSent(processInstanceId, day);
  }

  public void consultationSent(String processInstanceId) {
    repository.updateConsultationSent(processInstanceId);
  }

  /**
   * The experts' revision after reading the comments: the new version and link, and whether the
   * State is consulted again (with its deadline for further comments). If more comments came in
   * while they were reviewing, the revision is kept but the consultation waits: the review takes
   * up the new comments first.
   */
  public void revise(String processInstanceId, String version, String url, String summary, boolean consult,
      LocalDate consultationDeadline) {
    access.require("revise a State's matrix", CommitteeGroups.EXPERTS);
    StateMatrixStatus review = openReview(processInstanceId);
    requireStage(review, "revise its matrix", MatrixStage.REVIEWING);
    if (repository.hasPendingComments(processInstanceId)) {
      repository.updateRevised(processInstanceId, version, url, summary, false, access.userId(), MatrixStage.REVIEWING);
      return;
    }
    if (consult) {
      LocalDate today = clock.today();
      if (consultationDeadline == null) {
        throw Refused.badRequest("consultationDeadline is required to consult the State again (the day its further "
            + "comments are due, written year-month-day, such as " + today.plusWeeks(3) + ")");
      }
      if (!consultationDeadline.isAfter(today)) {
        throw Refused.badRequest("consultationDeadline " + consultationDeadline + " must be after today (" + today
            + " in New York)");
      }
      repository.updateDeadline(processInstanceId, consultationDeadline, false);
    }
    repository.updateRevised(processInstanceId, version, url, summary, consult, access.userId(),
        consult ? MatrixStage.CONSULTING : MatrixStage.DECIDING);
  }

  /** The deadline passed without comments: on the circulated matrix, the State did not reply. */
  public void noReply(String processInstanceId) {
    StateMatrixStatus review = openReview(processInstanceId);
    if (review.onConsultation()) {
      repository.updateStage(processInstanceId, MatrixStage.DECIDING);
    } else {
      repository.updateNoReply(processInstanceId);
    }
  }

  /** The Committee's decision on the State's matrix, as its coordinators record it. */
  public enum Decision { APPROVED, REVISION_REQUESTED }

  /**
   * Records the Committee's decision: an approval (its day, not in the future, and its reference)
   * goes to the registry of approved matrices; a revision request sends the matrix back to the experts.
   */
  public void decide(String processInstanceId, Decision decision, LocalDate approvedOn, String reference) {
    access.require("record the Committee's decision on a matrix", CommitteeGroups.COORDINATORS);
    StateMatrixStatus review = openReview(processInstanceId);
    requireStage(review, "record the Committee's decision", MatrixStage.DECIDING);
    if (decision == Decision.REVISION_REQUESTED) {
      repository.updateDecision(processInstanceId, decision.name(), null, reference, access.userId(), clock.instant(),
          MatrixStage.REVIEWING);
      return;
    }
    LocalDate today = clock.today();
    if (approvedOn == null) {
      throw Refused.badRequest("approvedOn is required: the day of the Committee's decision, written year-month-day, "
          + "such as " + today);
    }
    if (approvedOn.isAfter(today)) {
      throw Refused.badRequest("approvedOn " + approvedOn + " is in the future (today is " + today + " in New York)");
    }
    approve(review, approvedOn, reference);
  }

  /** Policy TACIT_APPROVAL: the matrix as circulated is approved the day after its deadline passed. */
  public void approveTacitly(String processInstanceId) {
    StateMatrixStatus review = openReview(processInstanceId);
    approve(review, clock.today(), "Approved as circulated: no comments by " + review.commentDeadline());
  }

  private void approve(StateMatrixStatus review, LocalDate approvedOn, String reference) {
    // Taken before the State's row, as the June posting does: see MatrixRepository.lockRound.
    repository.lockRound(review.roundProcessInstanceId());
    repository.updateDecision(review.processInstanceId(), Decision.APPROVED.name(), approvedOn, reference,
        access.userId(), clock.instant(), MatrixStage.APPROVED);
    repository.saveApproval(new MatrixApproval(review.reviewYear(), review.stateCode(), approvedOn,
        review.matrixReference(), review.matrixVersion(), review.matrixUrl(), reference),
        review.processInstanceId(), clock.instant());
  }

  /** Whether the State's approved matrix waits for a posting of its own (approved after the round's June posting). */
  public boolean toPostOnItsOwn(String processInstanceId) {
    StateMatrixStatus review = review(processInstanceId);
    return review.approved() && review.postedOn() == null
        && repository.findRound(review.roundProcessInstanceId()).map(MatrixRound::posted).orElse(true);
  }

  /** A matrix approved after the round's June posting is posted on its own, by a coordinator. */
  public void post(String processInstanceId, LocalDate postedOn, String websiteUrl) {
    access.require("post an approved matrix", CommitteeGroups.COORDINATORS);
    StateMatrixStatus review = openReview(processInstanceId);
    requireStage(review, "post its matrix", MatrixStage.APPROVED);
    LocalDate today = clock.today();
    if (postedOn.isAfter(today)) {
      throw Refused.badRequest("postedOn " + postedOn + " is in the future (today is " + today + " in New York)");
    }
    repository.updatePosted(processInstanceId, postedOn, websiteUrl, access.userId());
  }

  /** What a deadline extension did. */
  public record Extension(int reviewYear, String stateCode, LocalDate previousDeadline, LocalDate commentDeadline,
      String reviewProcessInstanceId) {}

  /**
   * A coordinator extends one State's comment deadline: later than the current one and not in
   * the past, while the State's comments are still to come (before its matrix is sent, or while
   * they are awaited). If the review is waiting, its timers are created again from the new date
   * (message {@code MatrixDeadlineExtended}, sent by the application once this is decided).
   */
  public Extension extendDeadline(int year, String stateCode, LocalDate newDeadline, String reason) {
    access.require("extend a State's matrix comment deadline", CommitteeGroups.COORDINATORS);
    String code = registry.state(stateCode).code();
    StateMatrixStatus review = repository.findReviewInOpenRound(year, code).filter(StateMatrixStatus::open)
        .orElseThrow(() -> Refused.notFound(registry.state(code).name() + " (" + code
            + ") has no open matrix review in a running round of " + year + ", so there is no deadline to extend"));
    if (!review.stage().deadlineMayMove()) {
      throw Refused.conflict("The comments of " + label(code) + " are in (its matrix is " + review.stage().words()
          + "), so its deadline can no longer be extended");
    }
    LocalDate current = review.commentDeadline();
    if (!newDeadline.isAfter(current)) {
      throw Refused.badRequest("newCommentDeadline " + newDeadline + " does not extend the current deadline " + current
          + "; give a later date");
    }
    LocalDate today = clock.today();
    if (newDeadline.isBefore(today)) {
      throw Refused.badRequest("newCommentDeadline " + newDeadline + " is in the past (today is " + today
          + " in New York)");
    }
    repository.updateDeadline(review.processInstanceId(), newDeadline, true);
    repository.insertExtension(review.processInstanceId(), year, code, current, newDeadline, reason, access.userId(),
        clock.instant());
    if (review.stage() == MatrixStage.AWAITING) {
      try {
        access.asApplication(() -> runtimeService.createMessageCorrelation(StateMatrixReview.MESSAGE_DEADLINE_EXTENDED)
            .processInstanceId(review.processInstanceId()).correlateWithResult());
      } catch (MismatchingMessageCorrelationException e) {
        throw Refused.conflict("The matrix review of " + label(code) + " is not waiting for comments at this moment; "
            + "try again in a minute");
      }
    }
    return new Extension(year, code, current, newDeadline, review.processInstanceId());
  }

  public void close(String processInstanceId) {
    repository.closeReview(processInstanceId, clock.instant());
  }

  public Optional<StateMatrixStatus> status(String processInstanceId) {
    return repository.findReview(processInstanceId);
  }

  public StateMatrixStatus review(String processInstanceId) {
    return repository.findReview(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "State matrix review " + processInstanceId + " is not registered"));
  }

  public Optional<MatrixApproval> approval(int year, String stateCode) {
    return repository.findApproval(year, stateCode);
  }

  public List<DeadlineExtension> extensions(String processInstanceId) {
    return repository.findExtensions(processInstanceId);
  }

  /** Comments a State sent after the approvals of earlier years, for the experts preparing its matrix. */
  public String earlierLateComments(String stateCode, int year) {
    List<LateMatrixComment> comments = repository.findLateCommentsBefore(stateCode, year);
    if (comments.isEmpty()) {
      return null;
    }
    return comments.stream()
        .map(c -> c.reviewYear() + " round: received " + c.receivedOn() + (c.reference() == null ? "" : ", " + c.reference()))
        .collect(Collectors.joining("\n"));
  }

  /** "France (FRA)": how the Committee's forms, tasks and messages name a State. */
  public String label(String stateCode) {
    return registry.state(stateCode).name() + " (" + stateCode + ")";
  }

  private StateMatrixStatus openReview(String processInstanceId) {
    StateMatrixStatus review = review(processInstanceId);
    if (!review.open()) {
      throw Refused.conflict("The matrix review of " + label(review.stateCode()) + " for " + review.reviewYear()
          + " has ended");
    }
    return review;
  }

  private void requireStage(StateMatrixStatus review, String action, MatrixStage stage) {
    if (review.stage() != stage) {
      throw Refused.conflict("The matrix of " + label(review.stateCode()) + " is " + review.stage().words()
          + ", so no one can " + action + " now");
    }
  }
}

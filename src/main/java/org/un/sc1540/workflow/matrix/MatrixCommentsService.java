package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * A State's comments on its matrix, accepted whenever they arrive while its round is open (issue
 * 12.10): stored at once with their own date, whatever the State's review is doing, and taken up
 * when the review gets to them; after the approval, kept for the next round. The one place that
 * decides who may record comments and where they go.
 */
@Service
public class MatrixCommentsService {

  private final MatrixRepository repository;
  private final RegistryService registry;
  private final MatrixProperties properties;
  private final CommitteeClock clock;
  private final CommitteeAccess access;
  private final RuntimeService runtimeService;

  MatrixCommentsService(MatrixRepository repository, RegistryService registry, MatrixProperties properties,
      CommitteeClock clock, CommitteeAccess access, RuntimeService runtimeService) {
    this.repository = repository;
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
    this.access = access;
    this.runtimeService = runtimeService;
  }

  /** Where recorded comments went. */
  public enum Recorded {
    /** To the State's review, which takes them up when it gets to them. */
    REVIEW,
    /** The State's review has not started yet (its round's job is still to run): it takes them up when it does. */
    BEFORE_REVIEW,
    /** The matrix is approved: kept for the next round. */
    AFTER_APPROVAL
  }

  /** What was recorded: the row's id (matrix_comment, or matrix_late_comment after approval) and where it went. */
  public record Receipt(Recorded recorded, long id, String stateCode, int reviewYear, LocalDate receivedOn) {}

  /**
   * Records a State's comments: received on {@code receivedOn} (today in New York when absent; not
   * in the future), kept at {@code reference}. Only the secretariat (and administrators). Refused
   * for a State with no open round of the year and no matrix approved in the last
   * {@code late-comments-window}.
   */
  public Receipt receive(String stateCode, int year, LocalDate receivedOn, String reference) {
    access.require("record a State's comments on its matrix", CommitteeGroups.SECRETARIAT);
    String code = registry.state(stateCode).code();
    LocalDate today = clock.today();
    LocalDate day = receivedOn == null ? today : receivedOn;
    if (day.isAfter(today)) {
      throw Refused.badRequest(StateMatrixReview.COMMENTS_RECEIVED_ON + " " + day + " is in the future (today is "
          + today + " in New York)");
    }
    Optional<StateMatrixStatus> review = repository.findReviewInOpenRound(year, code);
    if (review.isPresent() && review.get().open() && !review.get().approved()) {
      StateMatrixStatus open = review.get();
      long id = repository.insertComment(open.roundProcessInstanceId(), open.processInstanceId(), year, code, day,
          reference, access.userId(), clock.instant());
      wake(open.processInstanceId());
      return new Receipt(Recorded.REVIEW, id, code, year, day);
    }
    if (review.isEmpty()) {
      Optional<MatrixRound> round = repository.findOpenRound(year).filter(r -> r.stateCodes().contains(code));
      if (round.isPresent()) {
        long id = repository.insertComment(round.get().processInstanceId(), null, year, code, day, reference,
            access.userId(), clock.instant());
        return new Receipt(Recorded.BEFORE_REVIEW, id, code, year, day);
      }
    }
    Optional<MatrixApproval> approval = repository.findApproval(year, code)
        .filter(a -> !a.approvedOn().plus(properties.lateCommentsWindow()).isBefore(today));
    if (approval.isPresent()) {
      String reviewId = review.filter(StateMatrixStatus::approved).map(StateMatrixStatus::processInstanceId)
          .or(() -> repository.findLatestReview(year, code).map(StateMatrixStatus::processInstanceId))
          .orElse("");
      long id = repository.insertLateComment(year, code, day, reference, reviewId, access.userId(), clock.instant());
      return new Receipt(Recorded.AFTER_APPROVAL, id, code, year, day);
    }
    throw Refused.conflict(label(code) + " is not in an open matrix circulation round of " + year
        + ", and no matrix of " + code + " for " + year + " was approved in the last " + window()
        + ": its comments cannot be recorded for " + year + ". Check the year (the round's year, e.g. "
        + (year + 1) + ").");
  }

  /**
   * Wakes the review's conditional events that wait for comments. The variable is transient (never
   * stored): the events ask the table whether comments are pending.
   */
  private void wake(String reviewProcessInstanceId) {
    access.asApplication(() -> runtimeService.setVariable(reviewProcessInstanceId, StateMatrixReview.COMMENTS_IN,
        Variables.booleanValue(true, true)));
  }

  /** Whether comments wait to be taken up by the review. */
  public boolean pending(String reviewProcessInstanceId) {
    return repository.hasPendingComments(reviewProcessInstanceId);
  }

  /**
   * The review gets to the comments that came in: each is on time or late by its own date against
   * the deadline in force, whenever it was recorded; the first comments on the circulated matrix
   * decide how the State answered the circulation.
   *
   * @return the comments taken up, oldest first
   */
  public List<MatrixComment> takeUp(String reviewProcessInstanceId) {
    StateMatrixStatus review = repository.findReview(reviewProcessInstanceId).orElseThrow(() ->
        new IllegalStateException("State matrix review " + reviewProcessInstanceId + " is not registered"));
    List<MatrixComment> pending = repository.findPendingComments(reviewProcessInstanceId);
    LocalDate deadline = review.commentDeadline();
    for (MatrixComment comment : pending) {
      repository.takeUpComment(comment.id(), clock.instant(), deadline, review.onConsultation(),
          comment.receivedOn().isAfter(deadline));
    }
    if (!pending.isEmpty() && !review.onConsultation()) {
      MatrixComment first = pending.get(0);
      repository.updateFirstComments(reviewProcessInstanceId, first.receivedOn(), first.reference(),
          first.receivedOn().isAfter(deadline));
    }
    repository.updateStage(reviewProcessInstanceId, MatrixStage.REVIEWING);
    return pending;
  }

  /** Every set of comments the review has had, oldest first. */
  public List<MatrixComment> comments(String reviewProcessInstanceId) {
    return repository.findComments(reviewProcessInstanceId);
  }

  public Optional<MatrixComment> comment(long id) {
    return repository.findComment(id);
  }

  public Optional<LateMatrixComment> lateComment(long id) {
    return repository.findLateComment(id);
  }

  private String label(String code) {
    return registry.state(code).name() + " (" + code + ")";
  }

  /** The window in words: "year", "6 months", "1 year and 3 months". */
  private String window() {
    java.time.Period window = properties.lateCommentsWindow();
    List<String> parts = new java.util.ArrayList<>();
    if (window.getYears() > 0) {
      parts.add(window.getYears() == 1 ? "1 year" : window.getYears() + " years");
    }
    if (window.getMonths() > 0) {
      parts.add(window.getMonths() == 1 ? "1 month" : window.getMonths() + " months");
    }
    if (window.getDays() > 0) {
      parts.add(window.getDays() == 1 ? "1 day" : window.getDays() + " days");
    }
    String words = String.join(" and ", parts);
    return words.equals("1 year") ? "year" : words.isEmpty() ? "0 days" : words;
  }
}

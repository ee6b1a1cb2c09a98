package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.RegistryService;

/** One State's matrix in a round: what was sent, what came back, the deadline, the approval. */
@Service
public class MatrixReviewService {

  private final MatrixRepository repository;
  private final RegistryService registry;
  private final CommitteeClock clock;

  MatrixReviewService(MatrixRepository repository, RegistryService registry, CommitteeClock clock) {
    this.repository = repository;
    this.registry = registry;
    this.clock = clock;
  }

  /** Comments as recorded: the day they came, where they are kept, and whether after the deadline. */
  public record Comments(LocalDate receivedOn, String reference, boolean late) {}

  public void register(String processInstanceId, String roundId, int year, String stateCode, LocalDate deadline) {
    repository.insertReview(processInstanceId, roundId, year, registry.state(stateCode).code(), deadline);
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

  public void matrixSent(String processInstanceId, String reference, String version, String url, String symbol,
      LocalDate sentOn) {
    repository.updateSent(processInstanceId, reference, version, url, symbol, sentOn);
  }

  public void deadlineScheduled(String processInstanceId, LocalDate deadline) {
    repository.updateDeadline(processInstanceId, deadline, false);
  }

  public void reminderSent(String processInstanceId, LocalDate day) {
    repository.updateReminderSent(processInstanceId, day);
  }

  /**
   * Records comments. They are late when they came after the deadline's day (New York): the date
   * decides, not the moment they were recorded. Only the first comments on the circulated matrix
   * count in the round summary.
   */
  public Comments recordComments(String processInstanceId, boolean onCirculation, LocalDate deadline,
      Object receivedOn, Object reference) {
    Comments comments = comments(receivedOn, reference, deadline);
    if (onCirculation) {
      repository.updateFirstComments(processInstanceId, comments.receivedOn(), comments.reference(), comments.late());
    }
    return comments;
  }

  private Comments comments(Object receivedOn, Object reference, LocalDate deadline) {
    LocalDate today = clock.today();
    LocalDate day = MatrixInput.optionalDate(StateMatrixReview.COMMENTS_RECEIVED_ON, receivedOn);
    if (day == null) {
      day = today;
    }
    if (day.isAfter(today)) {
      throw new BadUserRequestException(StateMatrixReview.COMMENTS_RECEIVED_ON + " " + day
          + " is in the future (today is " + today + " in New York)");
    }
    String where = MatrixInput.optionalText(StateMatrixReview.COMMENTS_REFERENCE, reference, 1000);
    return new Comments(day, where, deadline != null && day.isAfter(deadline));
  }

  public void noReply(String processInstanceId) {
    repository.updateNoReply(processInstanceId);
  }

  /** A later deadline for the State: after the current one, and not in the past. */
  public LocalDate extend(String processInstanceId, LocalDate current, Object newDeadline) {
    LocalDate extended = MatrixInput.requiredDate(StateMatrixReview.NEW_COMMENT_DEADLINE, newDeadline);
    if (!extended.isAfter(current)) {
      throw new BadUserRequestException(StateMatrixReview.NEW_COMMENT_DEADLINE + " " + extended
          + " does not extend the current deadline " + current + "; give a later date");
    }
    repository.updateDeadline(processInstanceId, extended, true);
    return extended;
  }

  public void revised(String processInstanceId, String version, String url, int consultations) {
    repository.updateMatrix(processInstanceId, version, url, consultations);
  }

  public void approve(String processInstanceId, MatrixApproval approval) {
    repository.updateApproved(processInstanceId, approval.approvedOn());
    repository.saveApproval(approval, processInstanceId, clock.instant());
  }

  public Optional<MatrixApproval> approval(int year, String stateCode) {
    return repository.findApproval(year, stateCode);
  }

  public Comments recordCommentsAfterApproval(int year, String stateCode, Object receivedOn, Object reference,
      String processInstanceId) {
    Comments comments = comments(receivedOn, reference, null);
    repository.insertLateComment(year, stateCode, comments.receivedOn(), comments.reference(), processInstanceId,
        clock.instant());
    return new Comments(comments.receivedOn(), comments.reference(), true);
  }

  public void close(String processInstanceId) {
    repository.closeReview(processInstanceId, clock.instant());
  }

  public Optional<StateMatrixStatus> status(String processInstanceId) {
    return repository.findReview(processInstanceId);
  }
}

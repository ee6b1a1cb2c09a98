package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.RegistryService;

/** Circulation rounds: opening one (at most one per year at a time), closing it, and its summary. */
@Service
public class MatrixRoundService {

  private final MatrixRepository repository;
  private final RegistryService registry;
  private final RuntimeService runtimeService;
  private final MatrixProperties properties;
  private final CommitteeClock clock;

  MatrixRoundService(MatrixRepository repository, RegistryService registry, RuntimeService runtimeService,
      MatrixProperties properties, CommitteeClock clock) {
    this.repository = repository;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.properties = properties;
    this.clock = clock;
  }

  /** What a round starts with, once its start variables are checked and completed. */
  public record RoundStart(int reviewYear, LocalDate commentDeadline, List<String> stateCodes) {}

  /** Checks a round's start variables and applies the defaults (29 May, all 193 States). */
  public RoundStart check(Object reviewYear, Object commentDeadline, Object stateCodes) {
    int year = MatrixInput.reviewYear(reviewYear);
    LocalDate deadline = MatrixInput.optionalDate(MatrixCirculation.COMMENT_DEADLINE, commentDeadline);
    if (deadline == null) {
      deadline = properties.defaultCommentDeadline(year);
    }
    LocalDate today = clock.today();
    if (deadline.isBefore(today)) {
      throw new BadUserRequestException("commentDeadline " + deadline + " is in the past (today is " + today
          + " in New York); give a later deadline");
    }
    List<String> codes = MatrixInput.stateCodes(stateCodes, registry.states().keySet());
    return new RoundStart(year, deadline, codes);
  }

  /**
   * Opens the round of this year, or refuses because one is running. A round whose process no
   * longer runs (cancelled in Cockpit without its listeners) does not block the year.
   */
  public void open(String processInstanceId, RoundStart start, String startedBy) {
    Optional<MatrixRound> open = repository.findOpenRound(start.reviewYear());
    if (open.isPresent()) {
      MatrixRound running = open.get();
      if (isRunning(running.processInstanceId())) {
        throw alreadyRunning(running);
      }
      repository.closeRound(running.processInstanceId(), clock.instant());
    }
    try {
      repository.insertRound(processInstanceId, start.reviewYear(), start.commentDeadline(), start.stateCodes().size(),
          startedBy, clock.instant());
    } catch (DuplicateKeyException e) {
      throw new BadUserRequestException("A matrix circulation round for " + start.reviewYear()
          + " was started at the same moment by someone else; it is running as "
          + MatrixCirculation.businessKey(start.reviewYear()));
    }
  }

  private boolean isRunning(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  private static BadUserRequestException alreadyRunning(MatrixRound running) {
    return new BadUserRequestException("A matrix circulation round for " + running.reviewYear()
        + " is already running (" + MatrixCirculation.businessKey(running.reviewYear()) + ", started "
        + running.startedAt().atZone(CommitteeClock.ZONE).toLocalDate()
        + (running.startedBy() == null ? "" : " by " + running.startedBy())
        + "); a second round for the same year can start only when it has ended");
  }

  public void close(String processInstanceId) {
    repository.closeRound(processInstanceId, clock.instant());
  }

  public List<MatrixRound> rounds() {
    return repository.findRounds();
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
}

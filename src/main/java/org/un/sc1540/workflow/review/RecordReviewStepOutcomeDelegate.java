package org.un.sc1540.workflow.review;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * A step is done: its outcome goes into the review's table (what the task's form recorded, or for
 * a called process its instance and the day it ended), the steps waiting for it go on, and the
 * review is told when this was its last step. Runs in its own job (asyncBefore), after the task's
 * transaction.
 */
@Component
public class RecordReviewStepOutcomeDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final HistoryService historyService;
  private final CommitteeClock clock;

  RecordReviewStepOutcomeDelegate(ReviewService reviews, HistoryService historyService, CommitteeClock clock) {
    this.reviews = reviews;
    this.historyService = historyService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ReviewSteps.year(execution.getVariable(ComprehensiveReviewProcess.REVIEW_YEAR));
    String stepId = (String) execution.getVariable(ComprehensiveReviewProcess.STEP_ID);
    StepKind kind = StepKind.valueOf((String) execution.getVariable(ComprehensiveReviewProcess.STEP_KIND));
    HistoricProcessInstance called = kind.isCall() ? called(execution.getProcessInstanceId(), kind) : null;
    StepOutcome outcome;
    if (called != null) {
      // The step was the called process; a matrix round already under way is followed by a task instead.
      outcome = kind == StepKind.MATRIX_CIRCULATION
          ? matrixRoundOutcome(year, called)
          : new StepOutcome(ComprehensiveReviewProcess.NON_REPORTING_STATES_PROCESS + " instance " + called.getId(),
              "Letters to the non-reporting States under way (reminder cycles started)", clock.today(), null);
    } else {
      outcome = new StepOutcome(
          ReviewInput.optionalText(ComprehensiveReviewProcess.DOCUMENT_REFERENCE,
              execution.getVariable(ComprehensiveReviewProcess.DOCUMENT_REFERENCE), 500),
          ReviewInput.optionalText(ComprehensiveReviewProcess.DECISION,
              execution.getVariable(ComprehensiveReviewProcess.DECISION), 100_000),
          ReviewInput.optionalDate(ComprehensiveReviewProcess.OUTCOME_DATE,
              execution.getVariable(ComprehensiveReviewProcess.OUTCOME_DATE)),
          ReviewInput.optionalText(ComprehensiveReviewProcess.CONCLUSIONS,
              execution.getVariable(ComprehensiveReviewProcess.CONCLUSIONS), 100_000));
    }
    Object by = execution.getVariable(ComprehensiveReviewProcess.COMPLETED_BY);
    reviews.complete(year, stepId, outcome, by == null ? null : by.toString());
  }

  /** The round's outcome: the day its covering notes went out (Annex II, March), and that it closed. */
  private StepOutcome matrixRoundOutcome(int year, HistoricProcessInstance round) {
    LocalDate today = clock.today();
    java.util.Optional<LocalDate> sentOn = reviews.coveringNotesSentOn(year);
    return new StepOutcome(round.getBusinessKey() + " (process instance " + round.getId() + ")",
        sentOn.map(day -> "Covering notes sent to every State of the round on " + day + "; matrix circulation round "
            + "closed on " + today).orElse("Matrix circulation round closed"), sentOn.orElse(today), null);
  }

  /** The process the step called: a call activity of the step's own instance. */
  private HistoricProcessInstance called(String stepInstanceId, StepKind kind) {
    String key = kind == StepKind.MATRIX_CIRCULATION ? ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS
        : ComprehensiveReviewProcess.NON_REPORTING_STATES_PROCESS;
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(stepInstanceId).processDefinitionKey(key).orderByProcessInstanceStartTime().desc()
        .list();
    return instances.isEmpty() ? null : instances.get(0);
  }
}

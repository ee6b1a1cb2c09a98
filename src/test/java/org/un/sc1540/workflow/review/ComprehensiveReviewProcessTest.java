package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.un.sc1540.workflow.review.ReviewDriver.at;
import static org.un.sc1540.workflow.review.ReviewDriver.justBefore;
import static org.un.sc1540.workflow.review.ReviewDriver.startOf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.matrix.MatrixProperties;
import org.un.sc1540.workflow.matrix.MatrixReviewService;
import org.un.sc1540.workflow.matrix.MatrixRoundProgressed;
import org.un.sc1540.workflow.matrix.MatrixRoundService;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * ComprehensiveReviewProcess, scenario by scenario, with the engine clock moved month by month.
 * Each test has a year of its own: there is one review per year, and every test class shares one
 * database. The years avoid those of the matrix tests (2040-2054, 2060-2064, 2070, 2080, 2090-2099),
 * since a review that reaches March starts the round MATRIX-<year>, and those of the annual cycle's
 * tests (2082-2095), where a review would hold the Chair's briefing; 2013-2024 are free for reviews.
 */
@CommitteeTest
@RecordApplicationEvents
class ComprehensiveReviewProcessTest {

  /** A State no other feature's tests use: the called processes go to it alone. */
  static final String STATE = "SLB";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ReviewService reviews;
  private final MatrixRoundService matrixRounds;
  private final MatrixProperties matrixProperties;
  private final MatrixReviewService matrixReviews;
  private final ManagementService managementService;
  private final ReviewDriver driver;
  private final ProcessEngine processEngine;

  ComprehensiveReviewProcessTest(ProcessEngine processEngine, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, RepositoryService repositoryService, HistoryService historyService,
      IdentityService identityService, ReviewService reviews, MatrixRoundService matrixRounds,
      MatrixProperties matrixProperties, MatrixReviewService matrixReviews) {
    this.matrixProperties = matrixProperties;
    this.matrixReviews = matrixReviews;
    this.managementService = managementService;
    this.processEngine = processEngine;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.reviews = reviews;
    this.matrixRounds = matrixRounds;
    this.driver = new ReviewDriver(runtimeService, taskService, managementService, repositoryService, historyService);
  }

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  private ProcessInstance startInJanuary(int year, Map<String, Object> extra) {
    at(year, 1, 10, 9, 0);
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(ComprehensiveReviewProcess.REVIEW_YEAR, year);
    variables.put(ComprehensiveReviewProcess.STATE_CODES, STATE);
    return driver.start(variables);
  }

  private ProcessInstance startInJanuary(int year) {
    return startInJanuary(year, Map.of());
  }

  private Map<String, ReviewStatus.Step> steps(int year) {
    return reviews.status(year).steps().stream()
        .collect(Collectors.toMap(ReviewStatus.Step::stepId, s -> s, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** The steps released in a month (the June steps the matrix round records are never released). */
  private List<String> stepsOfMonth(int year, int month) {
    return steps(year).values().stream().filter(s -> s.month() == month && !isRecordedByTheRound(s))
        .map(ReviewStatus.Step::stepId).sorted().toList();
  }

  private static boolean isRecordedByTheRound(ReviewStatus.Step step) {
    return StepKind.valueOf(step.kind()).isDoneByMatrixRound();
  }

  /**
   * Issue 14.1: what Cockpit's variable tab lists for the review (every scope of its instance) is
   * its keys and flags, at most 15; each step's instance holds its own keys, kind and the open
   * task's fields, at most 15 as well.
   */
  @Test
  void aReviewWaitingInFebruaryHoldsFewVariables() {
    int year = 2006;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());

    List<String> names = runtimeService.createVariableInstanceQuery().processInstanceIdIn(review.getId()).list()
        .stream().map(v -> v.getName()).sorted().toList();
    org.slf4j.LoggerFactory.getLogger(getClass()).info("Variables of REVIEW-{} in February: {}", year, names);
    assertThat(names).hasSizeLessThanOrEqualTo(15).containsExactlyInAnyOrder(ComprehensiveReviewProcess.REVIEW_YEAR,
        ComprehensiveReviewProcess.REPORT_DUE_DATE, ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL,
        ComprehensiveReviewProcess.STATE_CODES);
    List<ProcessInstance> steps = driver.steps(review.getId());
    assertThat(steps).hasSize(reviews.stepIds(year).size());
    for (ProcessInstance step : steps) {
      long count = runtimeService.createVariableInstanceQuery().processInstanceIdIn(step.getId()).count();
      assertThat(count).as(step.getBusinessKey()).isLessThanOrEqualTo(15);
    }
    Task briefing = driver.task(review.getId(), "FEB_REGIONAL_COORDINATORS_BRIEFING");
    org.slf4j.LoggerFactory.getLogger(getClass()).info("Variables of {} at its task: {}",
        ComprehensiveReviewProcess.stepBusinessKey(year, "FEB_REGIONAL_COORDINATORS_BRIEFING"),
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(briefing.getProcessInstanceId()).list()
            .stream().map(v -> v.getName()).sorted().toList());
  }

  @Test
  void februaryStepsAppearForTheirGroupsWithDueDatesAtTheStartOfFebruary() {
    int year = 2029;
    ProcessInstance review = startInJanuary(year);
    assertThat(review.getBusinessKey()).isEqualTo("REVIEW-2029");

    justBefore(year, 2);
    driver.runJobs(review.getId());
    assertThat(driver.tasks(review.getId())).isEmpty();

    startOf(year, 2);
    driver.runJobs(review.getId());

    assertThat(driver.openSteps(review.getId())).containsExactlyElementsOf(stepsOfMonth(year, 2));
    Map<String, String> groups = Map.of(
        "FEB_ORGANIZATIONS_LETTER", CommitteeGroups.WG_COOPERATION,
        "FEB_OUTREACH_PAPER", CommitteeGroups.WG_TRANSPARENCY,
        "FEB_CONSULTATIONS_CONCEPT_NOTE", CommitteeGroups.COORDINATORS,
        "FEB_PARTIAL_MATRIX_TRENDS", CommitteeGroups.WG_IMPLEMENTATION,
        "FEB_REGIONAL_COORDINATORS_BRIEFING", CommitteeGroups.COORDINATORS,
        "FEB_SAVE_THE_DATE", CommitteeGroups.COORDINATORS);
    groups.forEach((step, group) -> {
      Task task = driver.task(review.getId(), step);
      assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
          .containsExactly(group);
      assertThat(task.getDueDate().toInstant())
          .isEqualTo(CommitteeClock.endOfDay(LocalDate.of(year, 2, 28)).toInstant());
      assertThat(task.getName()).isEqualTo(steps(year).get(step).label());
    });
    // One step model for every group: February's steps at their task, the others waiting for their
    // month, each an instance of ReviewStepProcess named by its step; the review waits for the last.
    BpmnAwareTests.assertThat(review).isWaitingAt(ComprehensiveReviewProcess.STEPS_DONE_WAIT);
    Map<String, Long> where = driver.steps(review.getId()).stream()
        .collect(Collectors.groupingBy(p -> String.join(",", runtimeService.getActiveActivityIds(p.getId())),
            Collectors.counting()));
    assertThat(where).containsOnly(
        Map.entry(ComprehensiveReviewProcess.TASK_CARRY_OUT_STEP, 6L),
        Map.entry(ComprehensiveReviewProcess.GATEWAY_MONTH_OR_MOVE, (long) reviews.stepIds(year).size() - 6));
    assertThat(driver.tasks(review.getId())).allSatisfy(task -> assertThat(
        runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
            .getBusinessKey()).isEqualTo(ComprehensiveReviewProcess.stepBusinessKey(year,
                (String) runtimeService.getVariable(task.getExecutionId(), ComprehensiveReviewProcess.STEP_ID))));
  }

  private java.util.Set<String> released(int year) {
    return steps(year).values().stream().filter(s -> s.releasedAt() != null).map(ReviewStatus.Step::stepId)
        .collect(Collectors.toSet());
  }

  private static final ReviewService.Requester COORDINATOR =
      new ReviewService.Requester("coordinator", List.of(CommitteeGroups.COORDINATORS));

  @Test
  void everyStepIsReleasedAtTheStartOfItsMonthAndNeverEarlierOverAFullYear() {
    int year = 2028;
    ProcessInstance review = startInJanuary(year);
    java.util.Set<String> before = released(year);
    assertThat(before).isEmpty();

    for (int month = 2; month <= 12; month++) {
      justBefore(year, month);
      driver.runJobs(review.getId());
      assertThat(released(year)).as("released before the start of month %s", month).isEqualTo(before);

      startOf(year, month);
      driver.runJobs(review.getId());
      java.util.Set<String> now = released(year);
      java.util.Set<String> newly = new java.util.TreeSet<>(now);
      newly.removeAll(before);
      assertThat(newly).as("released at the start of month %s", month)
          .containsExactlyElementsOf(stepsOfMonth(year, month));
      before = now;

      if (month == 3) {
        finishCampaign(review);
      }
      if (month == 5) {
        ProcessInstance round = driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS);
        postFromTheRound(round, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 1));
        driver.finish(review.getId(), round);
      }
      driver.completeAll(review.getId());
    }

    BpmnAwareTests.assertThat(review).isEnded();
    ReviewStatus status = reviews.status(year);
    assertThat(status.status()).isEqualTo("COMPLETED");
    // 2028 is not a year of an NPT Review Conference: no meeting on nuclear-related provisions.
    assertThat(status.steps()).hasSize(36).allSatisfy(step -> assertThat(step.done()).as(step.stepId()).isTrue());
    assertThat(status.steps()).filteredOn(step -> !isRecordedByTheRound(step)).allSatisfy(step -> {
      assertThat(step.releasedAt().toInstant()).as(step.stepId() + " released")
          .isAfterOrEqualTo(step.releaseDate().toInstant())
          .isBefore(YearMonth.of(year, step.month()).plusMonths(1).atDay(1).atStartOfDay(CommitteeClock.ZONE).toInstant());
    });
    assertThat(status.steps()).filteredOn(s -> s.stepId().equals("MAR_MATRIX_CIRCULATION")).singleElement()
        .satisfies(s -> assertThat(s.documentReference()).startsWith("MATRIX-2028"));
  }

  /** The letters' campaign: a stand-in waits for its end; the real process has ended already. */
  private void finishCampaign(ProcessInstance review) {
    ProcessInstance campaign = driver.called(review.getId(), ComprehensiveReviewProcess.NON_REPORTING_STATES_PROCESS);
    if (campaign != null) {
      driver.finish(review.getId(), campaign);
    }
    assertThat(driver.calledHistory(review.getId(), ComprehensiveReviewProcess.NON_REPORTING_STATES_PROCESS))
        .singleElement().satisfies(ended -> assertThat(ended.getEndTime()).isNotNull());
  }

  @Test
  void theMatrixRoundIsCalledInMarchWithTheReviewYearAndThe29MayDeadline() {
    int year = 2030;
    ProcessInstance review = startInJanuary(year);
    justBefore(year, 3);
    driver.runJobs(review.getId());
    assertThat(driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS)).isNull();

    startOf(year, 3);
    driver.runJobs(review.getId());

    ProcessInstance round = driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS);
    assertThat(round).isNotNull();
    assertThat(round.getBusinessKey()).isEqualTo("MATRIX-2030");
    assertThat(runtimeService.getVariable(round.getId(), ComprehensiveReviewProcess.REVIEW_YEAR)).isEqualTo(2030);
    // The round keeps its deadline in its table (matrix_round), not on its instance; the one
    // setting committee.matrix.comment-deadline gives it, and the review reads the same.
    assertThat(matrixRounds.progress(year)).hasValueSatisfying(progress -> {
      assertThat(progress.processInstanceId()).isEqualTo(round.getId());
      assertThat(progress.commentDeadline()).isEqualTo(LocalDate.of(2030, 5, 29))
          .isEqualTo(matrixProperties.defaultCommentDeadline(year))
          .isEqualTo(reviews.commentDeadline(year));
    });
    assertThat(driver.calledHistory(review.getId(), ComprehensiveReviewProcess.NON_REPORTING_STATES_PROCESS))
        .hasSize(1);
    BpmnAwareTests.assertThat(driver.step(review.getId(), "MAR_MATRIX_CIRCULATION"))
        .isWaitingAt(ComprehensiveReviewProcess.TASK_CIRCULATE_MATRICES);
  }

  @Test
  void theMarchStepIsDoneWhenTheCoveringNotesHaveGoneOutAndJuneDoesNotWaitForTheRoundsEnd() {
    int year = 2024;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());
    ProcessInstance round = driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS);
    startTheRoundsStateReviews(round);
    ProcessInstance stateReview = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .singleResult();
    assertThat(steps(year).get("MAR_MATRIX_CIRCULATION").done()).isFalse();

    // The one State's covering note goes out (what the round's send task records).
    at(year, 3, 20, 10, 0);
    matrixReviews.matrixSent(stateReview.getId(), "S/AC.44/2024/NV.1", LocalDate.of(year, 3, 20));
    at(year, 4, 2, 9, 0);

    ReviewStatus.Step march = steps(year).get("MAR_MATRIX_CIRCULATION");
    assertThat(march.done()).isTrue();
    assertThat(march.state()).isEqualTo(ReviewStatus.State.DONE);
    assertThat(march.overdue()).isFalse();
    assertThat(march.outcomeDate()).isEqualTo(LocalDate.of(year, 3, 20));
    assertThat(reviews.status(year).stepsOverdue()).isPositive();

    startOf(year, 6);
    driver.runJobs(review.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(round.getId()).count()).isEqualTo(1);
    assertThat(steps(year).get("MAR_MATRIX_CIRCULATION").state()).isEqualTo(ReviewStatus.State.DONE);
  }

  @Test
  void theRoundTellsTheReviewWhenItsLastCoveringNoteHasGoneOutAndWhenItPosts(ApplicationEvents events) {
    int year = 2008;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());
    ProcessInstance round = driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS);
    startTheRoundsStateReviews(round);
    ProcessInstance stateReview = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .singleResult();

    at(year, 3, 20, 10, 0);
    matrixReviews.matrixSent(stateReview.getId(), "S/AC.44/2008/NV.1", LocalDate.of(year, 3, 20));
    at(year, 6, 12, 15, 0);
    postFromTheRound(round, LocalDate.of(year, 6, 10), LocalDate.of(year, 6, 12));

    assertThat(events.stream(MatrixRoundProgressed.class).filter(e -> e.reviewYear() == year))
        .extracting(MatrixRoundProgressed::roundId, MatrixRoundProgressed::fact)
        .containsExactly(tuple(round.getId(), MatrixRoundProgressed.Fact.COVERING_NOTES_SENT),
            tuple(round.getId(), MatrixRoundProgressed.Fact.MATRICES_POSTED));
  }

  @Test
  void theJuneStepsAreTheMatrixRoundsOwnPostingDoneOnceWithoutWaitingForAStateInConsultation() {
    int year = 2031;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());
    ProcessInstance round = driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS);
    startTheRoundsStateReviews(round);
    startOf(year, 6);
    driver.runJobs(review.getId());

    // No second task in the review: the round's posting task is the June step.
    assertThat(driver.task(review.getId(), "JUN_CONSIDER_REVISED_MATRICES")).isNull();
    assertThat(driver.task(review.getId(), "JUN_POST_APPROVED_MATRICES")).isNull();
    assertThat(steps(year).get("JUN_CONSIDER_REVISED_MATRICES").state()).isEqualTo(ReviewStatus.State.IN_PROGRESS);
    assertThat(steps(year).get("JUN_POST_APPROVED_MATRICES").done()).isFalse();

    // The coordinators post from the round on 12 June, the Committee having considered them on 10 June;
    // the one State of the round is still under review: carried.
    at(year, 6, 12, 15, 0);
    postFromTheRound(round, LocalDate.of(year, 6, 10), LocalDate.of(year, 6, 12));

    ReviewStatus.Step considered = steps(year).get("JUN_CONSIDER_REVISED_MATRICES");
    ReviewStatus.Step posted = steps(year).get("JUN_POST_APPROVED_MATRICES");
    assertThat(considered.done()).isTrue();
    assertThat(considered.outcomeDate()).isEqualTo(LocalDate.of(year, 6, 10));
    assertThat(posted.done()).isTrue();
    assertThat(posted.outcomeDate()).isEqualTo(LocalDate.of(year, 6, 12));
    assertThat(posted.decision()).contains("carried").contains(STATE);
    assertThat(considered.completedAt()).isBefore(posted.completedAt());

    // August's final matrix review goes on although the round (a State in consultation) still runs.
    startOf(year, 8);
    driver.runJobs(review.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(round.getId()).count()).isEqualTo(1);
    assertThat(driver.task(review.getId(), "AUG_FINAL_MATRIX_REVIEW_MEETING")).isNotNull();
  }

  @Test
  void aStepWaitingForTheJunePostingGoesOnWhenTheRoundPostsWithoutAnyOtherReviewAction() {
    int year = 2009;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());
    ProcessInstance round = driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS);
    startTheRoundsStateReviews(round);
    // June passes without the round's posting: August's final matrix review is released and waits for it.
    startOf(year, 8);
    driver.runJobs(review.getId());
    assertThat(driver.task(review.getId(), "AUG_FINAL_MATRIX_REVIEW_MEETING")).isNull();
    assertThat(steps(year).get("AUG_FINAL_MATRIX_REVIEW_MEETING").state())
        .isEqualTo(ReviewStatus.State.WAITING_FOR_PREREQUISITES);

    // The coordinators post from the round; no step of the review is recorded meanwhile.
    at(year, 8, 5, 15, 0);
    postFromTheRound(round, LocalDate.of(year, 8, 4), LocalDate.of(year, 8, 5));

    assertThat(driver.task(review.getId(), "AUG_FINAL_MATRIX_REVIEW_MEETING")).isNotNull();
    assertThat(steps(year).get("AUG_FINAL_MATRIX_REVIEW_MEETING").state()).isEqualTo(ReviewStatus.State.IN_PROGRESS);
  }

  @Test
  void theJuneStepsDoNotMove() {
    int year = 2023;
    startInJanuary(year);
    assertThatThrownBy(() -> reviews.move(year, "JUN_POST_APPROVED_MATRICES", 7, "Later", COORDINATOR))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("recorded by the year's matrix round");
  }

  /** The round starts its States' reviews in a job of its own. */
  private void startTheRoundsStateReviews(ProcessInstance round) {
    managementService.createJobQuery().processInstanceId(round.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  /** The round's June posting, as a coordinator does it from its task. */
  private void postFromTheRound(ProcessInstance round, LocalDate consideredOn, LocalDate postedOn) {
    identityService.setAuthentication("coordinator", List.of(CommitteeGroups.COORDINATORS));
    try {
      matrixRounds.post(round.getId(), consideredOn, postedOn, "https://example.org/1540/matrices", null);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void aStepMovedMidReviewIsReleasedAndFallsDueInItsNewMonth() {
    int year = 2036;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());

    reviews.move(year, "AUG_RETREAT", 9, "Retreat postponed to September", COORDINATOR);

    ReviewStatus.Step moved = steps(year).get("AUG_RETREAT");
    assertThat(moved.month()).isEqualTo(9);
    assertThat(moved.scheduleMonth()).isEqualTo(8);
    assertThat(moved.dueDate().toInstant()).isEqualTo(CommitteeClock.endOfDay(LocalDate.of(year, 9, 30)).toInstant());
    startOf(year, 8);
    driver.runJobs(review.getId());
    assertThat(driver.task(review.getId(), "AUG_RETREAT")).isNull();
    assertThat(driver.task(review.getId(), "AUG_CONCLUSIONS_ASSISTANCE")).isNotNull();
    justBefore(year, 9);
    driver.runJobs(review.getId());
    assertThat(driver.task(review.getId(), "AUG_RETREAT")).isNull();

    startOf(year, 9);
    driver.runJobs(review.getId());

    Task retreat = driver.task(review.getId(), "AUG_RETREAT");
    assertThat(retreat).isNotNull();
    assertThat(retreat.getDueDate().toInstant()).isEqualTo(CommitteeClock.endOfDay(LocalDate.of(year, 9, 30)).toInstant());
    assertThat(reviews.status(year).changes()).singleElement().satisfies(change -> {
      assertThat(change.stepId()).isEqualTo("AUG_RETREAT");
      assertThat(change.fromMonth()).isEqualTo(8);
      assertThat(change.toMonth()).isEqualTo(9);
      assertThat(change.changedBy()).isEqualTo("coordinator");
      assertThat(change.reason()).isEqualTo("Retreat postponed to September");
    });
  }

  @Test
  void aStepMovedToAnEarlierMonthIsReleasedThen() {
    int year = 2033;
    ProcessInstance review = startInJanuary(year);

    reviews.move(year, "JUL_CONSULTATIONS_OUTCOME_MEETING", 4, null, COORDINATOR);
    reviews.move(year, "AUG_RETREAT", 4, null, COORDINATOR);
    startOf(year, 4);
    driver.runJobs(review.getId());

    assertThat(driver.task(review.getId(), "AUG_RETREAT")).isNotNull();
    // Moved, but it still waits for the June consultations it follows.
    assertThat(steps(year).get("JUL_CONSULTATIONS_OUTCOME_MEETING").state())
        .isEqualTo(ReviewStatus.State.WAITING_FOR_PREREQUISITES);
  }

  @Test
  void aReleasedStepNoLongerMoves() {
    int year = 2034;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());

    assertThatThrownBy(() -> reviews.move(year, "FEB_SAVE_THE_DATE", 5, null, COORDINATOR))
        .isInstanceOf(org.un.sc1540.workflow.input.Refused.class).hasMessageContaining("was released on " + year + "-02-01");
    assertThat(steps(year).get("FEB_SAVE_THE_DATE").month()).isEqualTo(2);
  }

  @Test
  void aStepLeadingToTheReportCannotMovePastTheReportsMonth() {
    int year = 2034;
    assertThatThrownBy(() -> reviews.move(year, "OCT_DRAFT_REPORT", 12, null, COORDINATOR))
        .isInstanceOf(org.un.sc1540.workflow.input.Refused.class).hasMessageContaining("report, which is due " + year + "-11-30");
    assertThatThrownBy(() -> reviews.move(year, "MAR_MATRIX_CIRCULATION", 6, null, COORDINATOR))
        .isInstanceOf(org.un.sc1540.workflow.input.Refused.class).hasMessageContaining("due " + year + "-05-29");
    assertThatThrownBy(() -> reviews.move(year, "NO_SUCH_STEP", 6, null, COORDINATOR))
        .isInstanceOf(org.un.sc1540.workflow.input.Refused.class).hasMessageContaining("has no step NO_SUCH_STEP");
  }

  @Test
  void onlyCoordinatorsMoveSteps() {
    int year = 2034;
    ReviewService.Requester expert = new ReviewService.Requester("expert", List.of(CommitteeGroups.EXPERTS));
    assertThatThrownBy(() -> reviews.move(year, "AUG_RETREAT", 9, null, expert))
        .isInstanceOf(org.un.sc1540.workflow.security.CommitteeAccess.NotAllowed.class).hasMessageContaining("Only coordinators");
  }

  @Test
  void aCoordinatorMovesAStepFromTasklist() {
    int year = 2035;
    ProcessInstance review = startInJanuary(year);
    identityService.setAuthentication("coordinator", List.of(CommitteeGroups.COORDINATORS));

    ProcessInstance move = runtimeService.startProcessInstanceByKey(MoveReviewStepProcess.KEY, Map.of(
        MoveReviewStepProcess.REVIEW_YEAR, year, MoveReviewStepProcess.STEP_ID, "MAY_NPT_MEETING",
        MoveReviewStepProcess.MONTH, "4", MoveReviewStepProcess.REASON, "NPT Review Conference in April"));

    BpmnAwareTests.assertThat(move).isEnded();
    assertThat(move.getBusinessKey()).isEqualTo("REVIEW-2035-MAY_NPT_MEETING");
    assertThat(steps(year).get("MAY_NPT_MEETING").month()).isEqualTo(4);
    identityService.clearAuthentication();
    startOf(year, 4);
    driver.runJobs(review.getId());
    assertThat(driver.task(review.getId(), "MAY_NPT_MEETING")).isNotNull();
  }

  @Test
  void anExpertCannotMoveAStepFromTasklist() {
    int year = 2069;
    startInJanuary(year);
    identityService.setAuthentication("expert", List.of(CommitteeGroups.EXPERTS));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(MoveReviewStepProcess.KEY, Map.of(
        MoveReviewStepProcess.REVIEW_YEAR, year, MoveReviewStepProcess.STEP_ID, "AUG_RETREAT",
        MoveReviewStepProcess.MONTH, "9")))
        // Refused by the grants before the process runs: only coordinators start a move.
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("does not have");
  }

  @Test
  void aReviewBeforeTheMandatesRenewalAddsTheDraftResolutionWork() {
    // Before the mandate ends (30 November 2032): a later renewal review needs committee.mandate.ends-on moved.
    int year = 2032;
    startInJanuary(year, Map.of(ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL, true));

    Map<String, ReviewStatus.Step> steps = steps(year);
    assertThat(steps).containsKeys("OCT_DRAFT_MANDATE_RESOLUTION", "NOV_INCOMING_MEMBERS_RESOLUTION",
        "DEC_CONSIDER_DRAFT_RESOLUTION").hasSize(39);
    ReviewStatus.Step consider = steps.get("DEC_CONSIDER_DRAFT_RESOLUTION");
    assertThat(consider.waitsFor()).containsExactly("NOV_INCOMING_MEMBERS_RESOLUTION");
    assertThat(consider.dueDate().toInstant()).isEqualTo(CommitteeClock.endOfDay(LocalDate.of(year, 11, 30)).toInstant());
    assertThat(consider.workingGroup()).isEqualTo(CommitteeGroups.COORDINATORS);
  }

  @Test
  void aReviewNotBeforeTheMandatesRenewalHasNoDraftResolutionWork() {
    int year = 2037;
    startInJanuary(year);

    assertThat(steps(year)).doesNotContainKeys("OCT_DRAFT_MANDATE_RESOLUTION", "NOV_INCOMING_MEMBERS_RESOLUTION",
        "DEC_CONSIDER_DRAFT_RESOLUTION").hasSize(36);
  }

  @Test
  void stepsStillOpenAfterTheirDueDateAreOverdue() {
    int year = 2038;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());
    driver.complete(review.getId(), "FEB_SAVE_THE_DATE", "Notices sent");
    at(year, 2, 28, 23, 58);
    assertThat(reviews.status(year).stepsOverdue()).isZero();

    startOf(year, 3);

    ReviewStatus status = reviews.status(year);
    assertThat(status.steps()).filteredOn(ReviewStatus.Step::overdue).extracting(ReviewStatus.Step::stepId)
        .containsExactlyInAnyOrderElementsOf(stepsOfMonth(year, 2).stream()
            .filter(s -> !s.equals("FEB_SAVE_THE_DATE")).toList());
    assertThat(status.stepsOverdue()).isEqualTo(5);
    assertThat(status.stepsDone()).isEqualTo(1);
    assertThat(driver.tasks(review.getId()))
        .filteredOn(task -> task.getDueDate().before(org.camunda.bpm.engine.impl.util.ClockUtil.now())).hasSize(5);
  }

  @Test
  void theReportStepsFallDueByTheReportDueDate() {
    int year = 2039;
    startInJanuary(year, Map.of(ComprehensiveReviewProcess.REPORT_DUE_DATE, "2039-11-15"));

    java.time.Instant reportDue = CommitteeClock.endOfDay(LocalDate.of(year, 11, 15)).toInstant();
    Map<String, ReviewStatus.Step> steps = steps(year);
    for (String step : List.of("DEC_ADOPT_REPORT", "DEC_SUBMIT_REPORT")) {
      assertThat(steps.get(step).month()).isEqualTo(11);
      assertThat(steps.get(step).scheduleMonth()).isEqualTo(12);
      assertThat(steps.get(step).releaseDate().toInstant())
          .isEqualTo(LocalDate.of(year, 11, 1).atStartOfDay(CommitteeClock.ZONE).toInstant());
      assertThat(steps.get(step).dueDate().toInstant()).isEqualTo(reportDue);
    }
    assertThat(steps.get("NOV_INCOMING_MEMBERS_MEETING").dueDate().toInstant()).isEqualTo(reportDue);
    assertThat(steps.get("OCT_DRAFT_REPORT").dueDate().toInstant())
        .isEqualTo(CommitteeClock.endOfDay(LocalDate.of(year, 10, 31)).toInstant());
    assertThat(steps.values()).filteredOn(s -> !s.stepId().equals("DEC_PRESS_BRIEFING"))
        .allSatisfy(s -> assertThat(s.dueDate().toInstant()).as(s.stepId()).isBeforeOrEqualTo(reportDue));
    assertThat(steps.get("DEC_PRESS_BRIEFING").month()).isEqualTo(12);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-2039").singleResult())
        .satisfies(p -> assertThat(runtimeService.getVariable(p.getId(), ComprehensiveReviewProcess.REPORT_DUE_DATE))
            .isEqualTo("2039-11-15"));
  }

  @Test
  void theReportIsDueAtTheEndOfNovemberByDefault() {
    int year = 2055;
    ProcessInstance review = startInJanuary(year);

    assertThat(runtimeService.getVariable(review.getId(), ComprehensiveReviewProcess.REPORT_DUE_DATE))
        .isEqualTo("2055-11-30");
    java.time.Instant endOfNovember = CommitteeClock.endOfDay(LocalDate.of(year, 11, 30)).toInstant();
    assertThat(steps(year).values()).filteredOn(s -> !s.stepId().equals("DEC_PRESS_BRIEFING"))
        .allSatisfy(s -> assertThat(s.dueDate().toInstant()).as(s.stepId()).isBeforeOrEqualTo(endOfNovember));
    assertThat(steps(year).get("DEC_SUBMIT_REPORT").dueDate().toInstant()).isEqualTo(endOfNovember);
  }

  @Test
  void aReportDueDateOutsideOctoberToDecemberOfTheYearIsRefused() {
    at(2056, 1, 10, 9, 0);
    assertThatThrownBy(() -> driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, 2056,
        ComprehensiveReviewProcess.REPORT_DUE_DATE, "2056-09-30")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("reportDueDate must fall between 1 October 2056 and 31 December 2056");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-2056").count()).isZero();
  }

  @Test
  void theFirstReviewsReportDueInDecember2027IsRefused() {
    at(2027, 1, 10, 9, 0);
    assertThatThrownBy(() -> driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, 2027,
        ComprehensiveReviewProcess.REPORT_DUE_DATE, "2027-12-10")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("resolution 2663 (2022), paragraph 3: the first comprehensive review reports before "
            + "December 2027; reportDueDate 2027-12-10 is too late");
    assertThat(driver.reviewsOfYear(2027)).isZero();
  }

  @Test
  void aReviewBeforeTheMandatesRenewalReportingAfterTheMandateEndsIsRefused() {
    at(2032, 1, 10, 9, 0);
    assertThatThrownBy(() -> driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, 2032,
        ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL, true,
        ComprehensiveReviewProcess.REPORT_DUE_DATE, "2032-12-05",
        ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE, "S/AC.44/2032/OC.1")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("resolution 2663 (2022), paragraph 3: a review before the renewal of the mandate "
            + "reports before the mandate ends on 2032-11-30 (paragraph 2); reportDueDate 2032-12-05 is too late");
  }

  @Test
  void aReportInDecemberNeedsTheCommitteesDecisionToPostponeIt() {
    int year = 2017;
    at(year, 1, 10, 9, 0);
    assertThatThrownBy(() -> driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year,
        ComprehensiveReviewProcess.REPORT_DUE_DATE, "2017-12-15")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("resolution 2663 (2022), paragraph 3: the review's report precedes the December of "
            + "its year; reportDueDate 2017-12-15 needs the Committee's decision to postpone it");
    assertThat(driver.reviewsOfYear(year)).isZero();

    ProcessInstance review = startInJanuary(year, Map.of(ComprehensiveReviewProcess.REPORT_DUE_DATE, "2017-12-15",
        ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE, "S/AC.44/2017/OC.4"));

    assertThat(reviews.review(year).postponementReference()).isEqualTo("S/AC.44/2017/OC.4");
    assertThat(reviews.review(year).reportDueDate()).isEqualTo(LocalDate.of(2017, 12, 15));
    assertThat(runtimeService.getVariables(review.getId()))
        .doesNotContainKey(ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE);
  }

  /** As the 2020 review was concluded in 2021: into the next year, with the Committee's decision only. */
  @Test
  void aReportPostponedIntoTheNextYearNeedsTheDecisionToo() {
    int year = 2007;
    at(year, 1, 10, 9, 0);
    assertThatThrownBy(() -> driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year,
        ComprehensiveReviewProcess.REPORT_DUE_DATE, "2008-03-31")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("resolution 2663 (2022), paragraph 3: the review's report precedes the December of "
            + "its year; reportDueDate 2008-03-31 needs the Committee's decision to postpone it");
    assertThatThrownBy(() -> driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year,
        ComprehensiveReviewProcess.REPORT_DUE_DATE, "2009-01-15",
        ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE, "S/AC.44/2007/OC.9")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("or in 2008 when the Committee has decided to postpone the report, not 2009-01-15");
    assertThat(driver.reviewsOfYear(year)).isZero();

    startInJanuary(year, Map.of(ComprehensiveReviewProcess.REPORT_DUE_DATE, "2008-03-31",
        ComprehensiveReviewProcess.POSTPONEMENT_REFERENCE, "S/AC.44/2007/OC.9"));

    assertThat(reviews.review(year).reportDueDate()).isEqualTo(LocalDate.of(2008, 3, 31));
    assertThat(reviews.review(year).postponementReference()).isEqualTo("S/AC.44/2007/OC.9");
  }

  @Test
  void aSecondReviewForTheSameYearIsRefused() {
    int year = 2057;
    startInJanuary(year);

    assertThatThrownBy(() -> driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("The 2057 comprehensive review is already running as REVIEW-2057");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-2057").count())
        .isEqualTo(1);
  }

  @Test
  void aCancelledReviewFreesItsYear() {
    int year = 2058;
    ProcessInstance first = startInJanuary(year);
    assertThat(driver.steps(first.getId())).hasSize(reviews.stepIds(year).size());
    runtimeService.deleteProcessInstance(first.getId(), "Started by mistake");
    // Its steps go with it, and record nothing.
    assertThat(driver.steps(first.getId())).isEmpty();
    assertThat(steps(year).values()).noneMatch(ReviewStatus.Step::done);
    assertThat(reviews.status(year).status()).isEqualTo("CANCELLED");

    ProcessInstance second = startInJanuary(year);

    assertThat(reviews.status(year).processInstanceId()).isEqualTo(second.getId());
    assertThat(reviews.status(year).status()).isEqualTo("RUNNING");
    assertThat(driver.steps(second.getId())).hasSize(reviews.stepIds(year).size());
  }

  /** Cancelled with "skip listeners" in Cockpit: the review's row still says running, its steps still run. */
  @Test
  void aReviewCancelledWithoutItsListenersLeavesNoStepBehindWhenItsYearStartsAgain() {
    int year = 2003;
    ProcessInstance first = startInJanuary(year);
    runtimeService.deleteProcessInstance(first.getId(), "Started by mistake", true);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(first.getId()).count()).isZero();
    assertThat(reviews.status(year).status()).isEqualTo("RUNNING");
    assertThat(driver.steps(first.getId())).hasSize(reviews.stepIds(year).size());

    ProcessInstance second = startInJanuary(year);

    assertThat(driver.steps(second.getId())).hasSize(reviews.stepIds(year).size())
        .allSatisfy(step -> assertThat(historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(step.getId()).singleResult().getStartTime())
            .isAfterOrEqualTo(historyService.createHistoricProcessInstanceQuery().processInstanceId(second.getId())
                .singleResult().getStartTime()));
    assertThat(reviews.status(year).processInstanceId()).isEqualTo(second.getId());
  }

  /** An administrator cancels one step's instance in Cockpit: the step is recorded as not carried out, and who did it. */
  @Test
  void aStepCancelledOnItsOwnIsRecordedAndWhatWaitsForItGoesOn() {
    int year = 2013;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 8);
    driver.runJobs(review.getId());
    driver.complete(review.getId(), "AUG_CONCLUSIONS_IMPLEMENTATION", "Agreed");
    driver.complete(review.getId(), "AUG_CONCLUSIONS_ASSISTANCE", "Agreed");
    driver.complete(review.getId(), "AUG_CONCLUSIONS_COOPERATION", "Agreed");
    startOf(year, 10);
    driver.runJobs(review.getId());
    assertThat(driver.task(review.getId(), "OCT_DRAFT_REPORT")).isNull();

    identityService.setAuthentication("admin", List.of(CommitteeGroups.ADMINISTRATORS));
    try {
      runtimeService.deleteProcessInstance(driver.step(review.getId(), "AUG_CONCLUSIONS_TRANSPARENCY").getId(),
          "Area dropped");
    } finally {
      identityService.clearAuthentication();
    }
    driver.runJobs(review.getId());

    ReviewStatus.Step cancelled = steps(year).get("AUG_CONCLUSIONS_TRANSPARENCY");
    assertThat(cancelled.done()).isTrue();
    assertThat(cancelled.completedBy()).isEqualTo("admin");
    assertThat(cancelled.notNeededReason()).startsWith("Cancelled in Cockpit by admin (process instance ")
        .endsWith("the step was not carried out");
    assertThat(driver.task(review.getId(), "OCT_DRAFT_REPORT")).isNotNull();
    assertThat(reviews.status(year).status()).isEqualTo("RUNNING");
  }

  @Test
  void onlyAReviewInAYearOfAnNptReviewConferenceHasTheMeetingOnNuclearRelatedProvisions() {
    startInJanuary(2026);
    startInJanuary(2016);

    assertThat(steps(2026)).containsKey("MAY_NPT_MEETING").hasSize(37);
    assertThat(steps(2016)).doesNotContainKey("MAY_NPT_MEETING").hasSize(36);
  }

  @Test
  void aMeetingWithTheIncomingMembersMarkedNotNeededEndsWithItsReasonAndTheAdoptionGoesOnWithoutIt() {
    int year = 2015;
    ProcessInstance review = startInJanuary(year);
    // Not yet released: marked in January, its October never comes.
    reviews.markNotNeeded(year, "OCT_INCOMING_MEMBERS_MEETING", "The draft report was discussed in the Council",
        COORDINATOR);
    ReviewStatus.Step october = steps(year).get("OCT_INCOMING_MEMBERS_MEETING");
    assertThat(october.done()).isTrue();
    assertThat(october.ifNecessary()).isTrue();
    assertThat(october.notNeededReason()).isEqualTo("The draft report was discussed in the Council");
    assertThat(october.decision()).isEqualTo("Not needed: The draft report was discussed in the Council");
    assertThat(october.completedBy()).isEqualTo("coordinator");

    for (int month = 2; month <= 11; month++) {
      startOf(year, month);
      driver.runJobs(review.getId());
      if (month == 3) {
        finishCampaign(review);
      }
      if (month == 5) {
        ProcessInstance round = driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS);
        postFromTheRound(round, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 1));
        driver.finish(review.getId(), round);
      }
      if (month == 11) {
        break;
      }
      driver.completeAll(review.getId());
    }
    assertThat(driver.task(review.getId(), "OCT_INCOMING_MEMBERS_MEETING")).isNull();
    // Released in November (its October predecessor counts as done), its task open: marked, the task goes.
    assertThat(driver.task(review.getId(), "NOV_INCOMING_MEMBERS_MEETING")).isNotNull();
    reviews.markNotNeeded(year, "NOV_INCOMING_MEMBERS_MEETING", "No incoming member asked for it", COORDINATOR);
    driver.runJobs(review.getId());

    assertThat(driver.task(review.getId(), "NOV_INCOMING_MEMBERS_MEETING")).isNull();
    assertThat(steps(year).get("NOV_INCOMING_MEMBERS_MEETING").state()).isEqualTo(ReviewStatus.State.DONE);
    driver.completeAll(review.getId());
    assertThat(steps(year).get("DEC_ADOPT_REPORT").done()).isTrue();
    startOf(year, 12);
    driver.runJobs(review.getId());
    driver.completeAll(review.getId());
    BpmnAwareTests.assertThat(review).isEnded();
    assertThat(reviews.status(year).status()).isEqualTo("COMPLETED");
  }

  @Test
  void aStepMarkedNotNeededBeforeItsMonthEndsAtOnceAndItsMonthBringsNoTask() {
    int year = 2019;
    ProcessInstance review = startInJanuary(year);
    assertThat(driver.step(review.getId(), "OCT_INCOMING_MEMBERS_MEETING")).isNotNull();

    reviews.markNotNeeded(year, "OCT_INCOMING_MEMBERS_MEETING", "Decided at the retreat", COORDINATOR);
    driver.runJobs(review.getId());

    // Its process ended by the event subprocess "Step not needed", wherever it waited (here, its month).
    assertThat(driver.step(review.getId(), "OCT_INCOMING_MEMBERS_MEETING")).isNull();
    String octoberInstance = driver.stepHistory(review.getId()).stream().filter(p -> p.getBusinessKey()
        .equals(ComprehensiveReviewProcess.stepBusinessKey(year, "OCT_INCOMING_MEMBERS_MEETING"))).findFirst()
        .orElseThrow().getId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(octoberInstance)
        .activityId("EndEvent_StepNotNeeded").finished().count()).isEqualTo(1);

    startOf(year, 10);
    driver.runJobs(review.getId());
    assertThat(driver.task(review.getId(), "OCT_INCOMING_MEMBERS_MEETING")).isNull();
    ReviewStatus.Step october = steps(year).get("OCT_INCOMING_MEMBERS_MEETING");
    assertThat(october.done()).isTrue();
    assertThat(october.releasedAt()).isNull();
    assertThat(october.notNeededReason()).isEqualTo("Decided at the retreat");
  }

  @Test
  void onlyAnIfNecessaryStepIsMarkedNotNeededByACoordinatorWithAReason() {
    int year = 2018;
    startInJanuary(year);

    assertThatThrownBy(() -> reviews.markNotNeeded(year, "AUG_RETREAT", "No budget", COORDINATOR))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("is not an \"if necessary\" item");
    assertThatThrownBy(() -> reviews.markNotNeeded(year, "OCT_INCOMING_MEMBERS_MEETING", " ", COORDINATOR))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Say why");
    assertThatThrownBy(() -> reviews.markNotNeeded(year, "OCT_INCOMING_MEMBERS_MEETING", "No need",
        new ReviewService.Requester("wg1", List.of(CommitteeGroups.WG_IMPLEMENTATION))))
        .hasMessageContaining("Only coordinators mark a step of a review not needed");
    assertThat(steps(year).get("OCT_INCOMING_MEMBERS_MEETING").done()).isFalse();
  }

  @Test
  void aCoordinatorMarksAnIfNecessaryStepNotNeededFromTasklistAndReadsTheOutcome() {
    int year = 2010;
    startInJanuary(year);
    identityService.setAuthentication("coordinator", List.of(CommitteeGroups.COORDINATORS));

    ProcessInstance mark = runtimeService.startProcessInstanceByKey(MarkReviewStepNotNeededProcess.KEY, Map.of(
        MarkReviewStepNotNeededProcess.REVIEW_YEAR, year,
        MarkReviewStepNotNeededProcess.STEP_ID, "OCT_INCOMING_MEMBERS_MEETING",
        MarkReviewStepNotNeededProcess.REASON, "The incoming members were briefed at the retreat"));

    assertThat(mark.getBusinessKey()).isEqualTo("REVIEW-2010-OCT_INCOMING_MEMBERS_MEETING");
    ReviewStatus.Step october = steps(year).get("OCT_INCOMING_MEMBERS_MEETING");
    assertThat(october.done()).isTrue();
    assertThat(october.notNeededReason()).isEqualTo("The incoming members were briefed at the retreat");
    assertThat(october.completedBy()).isEqualTo("coordinator");
    Task outcome = taskService.createTaskQuery().processInstanceId(mark.getId()).singleResult();
    assertThat(outcome.getTaskDefinitionKey()).isEqualTo(MarkReviewStepNotNeededProcess.TASK_READ_OUTCOME);
    assertThat(outcome.getAssignee()).isEqualTo("coordinator");
    assertThat((String) taskService.getVariable(outcome.getId(), MarkReviewStepNotNeededProcess.OUTCOME))
        .contains("is marked not needed").contains("The incoming members were briefed at the retreat");

    taskService.complete(outcome.getId());
    BpmnAwareTests.assertThat(mark).isEnded();
  }

  @Test
  void aWorkingGroupMemberCannotMarkAStepNotNeededFromTasklist() {
    int year = 2011;
    startInJanuary(year);
    identityService.setAuthentication("wg1", List.of(CommitteeGroups.WG_IMPLEMENTATION));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(MarkReviewStepNotNeededProcess.KEY, Map.of(
        MarkReviewStepNotNeededProcess.REVIEW_YEAR, year,
        MarkReviewStepNotNeededProcess.STEP_ID, "NOV_INCOMING_MEMBERS_MEETING",
        MarkReviewStepNotNeededProcess.REASON, "Not needed")))
        // Refused by the grants before the process runs: only coordinators start it.
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("does not have");
    identityService.clearAuthentication();
    assertThat(steps(year).get("NOV_INCOMING_MEMBERS_MEETING").done()).isFalse();
  }

  @Test
  void aStepThatIsNotIfNecessaryIsRefusedFromTasklistInPlainWordsAndNothingStarts() {
    int year = 2012;
    startInJanuary(year);
    identityService.setAuthentication("coordinator", List.of(CommitteeGroups.COORDINATORS));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(MarkReviewStepNotNeededProcess.KEY, Map.of(
        MarkReviewStepNotNeededProcess.REVIEW_YEAR, year,
        MarkReviewStepNotNeededProcess.STEP_ID, "AUG_RETREAT",
        MarkReviewStepNotNeededProcess.REASON, "No budget")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Step AUG_RETREAT (Hold the retreat) is not an \"if necessary\" item of the schedule; "
            + "it cannot be marked not needed");
    identityService.clearAuthentication();
    assertThat(steps(year).get("AUG_RETREAT").done()).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MarkReviewStepNotNeededProcess.KEY)
        .processInstanceBusinessKeyLike("REVIEW-2012%").count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MarkReviewStepNotNeededProcess.KEY).processInstanceBusinessKeyLike("REVIEW-2012%")
        .count()).isZero();
  }

  @Test
  void theReportWaitsForTheFourAreasConclusions() {
    int year = 2059;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());
    startOf(year, 10);
    driver.runJobs(review.getId());
    assertThat(driver.task(review.getId(), "OCT_DRAFT_REPORT")).isNull();

    driver.complete(review.getId(), "AUG_CONCLUSIONS_IMPLEMENTATION", "Agreed");
    driver.complete(review.getId(), "AUG_CONCLUSIONS_ASSISTANCE", "Agreed");
    driver.complete(review.getId(), "AUG_CONCLUSIONS_COOPERATION", "Agreed");
    assertThat(driver.task(review.getId(), "OCT_DRAFT_REPORT")).isNull();

    driver.complete(review.getId(), "AUG_CONCLUSIONS_TRANSPARENCY", "Agreed");

    assertThat(driver.task(review.getId(), "OCT_DRAFT_REPORT")).isNotNull();
    BpmnAwareTests.assertThat(driver.step(review.getId(), "OCT_DRAFT_REPORT"))
        .isWaitingAt(ComprehensiveReviewProcess.TASK_WORK_ON_REPORT);
  }

  @Test
  void theReportStepShowsTheFourAreasConclusionsTogether() {
    int year = 2065;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 3);
    driver.runJobs(review.getId());
    startOf(year, 8);
    driver.runJobs(review.getId());
    driver.complete(review.getId(), "AUG_CONCLUSIONS_IMPLEMENTATION", "Agreed");
    driver.complete(review.getId(), "AUG_CONCLUSIONS_ASSISTANCE", "Agreed");
    driver.complete(review.getId(), "AUG_CONCLUSIONS_COOPERATION", "Agreed");
    driver.complete(review.getId(), "AUG_CONCLUSIONS_TRANSPARENCY", "Agreed");

    startOf(year, 10);
    driver.runJobs(review.getId());

    Task draft = driver.task(review.getId(), "OCT_DRAFT_REPORT");
    assertThat(draft.getTaskDefinitionKey()).isEqualTo(ComprehensiveReviewProcess.TASK_WORK_ON_REPORT);
    assertThat(taskService.getVariablesLocal(draft.getId())).containsEntry(
        ComprehensiveReviewProcess.CONCLUSIONS_IMPLEMENTATION, "Conclusions of AUG_CONCLUSIONS_IMPLEMENTATION")
        .containsEntry(ComprehensiveReviewProcess.CONCLUSIONS_ASSISTANCE, "Conclusions of AUG_CONCLUSIONS_ASSISTANCE")
        .containsEntry(ComprehensiveReviewProcess.CONCLUSIONS_COOPERATION, "Conclusions of AUG_CONCLUSIONS_COOPERATION")
        .containsEntry(ComprehensiveReviewProcess.CONCLUSIONS_TRANSPARENCY,
            "Conclusions of AUG_CONCLUSIONS_TRANSPARENCY");
  }

  @Test
  void eachStepKeepsItsOwnOutcome() {
    int year = 2066;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());
    at(year, 2, 12, 15, 0);
    Task briefing = driver.task(review.getId(), "FEB_REGIONAL_COORDINATORS_BRIEFING");
    Task note = driver.task(review.getId(), "FEB_CONSULTATIONS_CONCEPT_NOTE");
    taskService.complete(briefing.getId(), Map.of(ComprehensiveReviewProcess.DECISION, "Coordinators briefed",
        ComprehensiveReviewProcess.OUTCOME_DATE, "2066-02-11", ComprehensiveReviewProcess.DOCUMENT_REFERENCE,
        "S/AC.44/2066/OC.3"));
    taskService.complete(note.getId(), Map.of(ComprehensiveReviewProcess.DECISION, "Concept note agreed",
        ComprehensiveReviewProcess.OUTCOME_DATE, "2066-02-12"));
    driver.runJobs(review.getId());

    ReviewStatus.Step done = steps(year).get("FEB_REGIONAL_COORDINATORS_BRIEFING");
    assertThat(done.decision()).isEqualTo("Coordinators briefed");
    assertThat(done.outcomeDate()).isEqualTo(LocalDate.of(year, 2, 11));
    assertThat(done.documentReference()).isEqualTo("S/AC.44/2066/OC.3");
    ReviewStatus.Step other = steps(year).get("FEB_CONSULTATIONS_CONCEPT_NOTE");
    assertThat(other.decision()).isEqualTo("Concept note agreed");
    assertThat(other.documentReference()).isNull();
    assertThat(runtimeService.getVariables(review.getId())).doesNotContainKeys(ComprehensiveReviewProcess.DECISION,
        ComprehensiveReviewProcess.OUTCOME_DATE, ComprehensiveReviewProcess.DOCUMENT_REFERENCE);
  }

  @Test
  void aStepWithoutItsDecisionOrWithAFutureDateStaysOpen() {
    int year = 2067;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());
    Task task = driver.task(review.getId(), "FEB_SAVE_THE_DATE");

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(ComprehensiveReviewProcess.OUTCOME_DATE,
        "2067-02-01"))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Record the decision");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(ComprehensiveReviewProcess.DECISION, "Sent",
        ComprehensiveReviewProcess.OUTCOME_DATE, "2067-03-01")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("is in the future");
    assertThat(driver.task(review.getId(), "FEB_SAVE_THE_DATE")).isNotNull();
  }

  @Test
  void aMatrixRoundAlreadyUnderWayIsFollowedNotStartedAgain() {
    int year = 2068;
    ProcessInstance review = startInJanuary(year);
    ProcessInstance round = runtimeService.startProcessInstanceByKey(
        ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS, "MATRIX-2068", Map.of(
            ComprehensiveReviewProcess.REVIEW_YEAR, year, ComprehensiveReviewProcess.STATE_CODES, "[\"" + STATE + "\"]"));
    startOf(year, 3);
    driver.runJobs(review.getId());

    Task follow = driver.task(review.getId(), "MAR_MATRIX_CIRCULATION");
    assertThat(follow.getTaskDefinitionKey()).isEqualTo(ComprehensiveReviewProcess.TASK_FOLLOW_MATRIX_ROUND);
    assertThat(driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS)).isNull();
    assertThatThrownBy(() -> driver.complete(review.getId(), "MAR_MATRIX_CIRCULATION", "Followed"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("MATRIX-2068 is still running");

    runtimeService.deleteProcessInstance(round.getId(), "Round closed for the test");
    driver.complete(review.getId(), "MAR_MATRIX_CIRCULATION", "Round followed to its end");

    assertThat(steps(year).get("MAR_MATRIX_CIRCULATION").done()).isTrue();
  }

  @Test
  void aFollowedRoundsMarchStepIsCompletedOnceTheRoundsCoveringNotesAreOut() {
    int year = 2021;
    ProcessInstance review = startInJanuary(year);
    ProcessInstance round = runtimeService.startProcessInstanceByKey(
        ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS, "MATRIX-2021", Map.of(
            ComprehensiveReviewProcess.REVIEW_YEAR, year, ComprehensiveReviewProcess.STATE_CODES, "[\"" + STATE + "\"]"));
    startTheRoundsStateReviews(round);
    startOf(year, 3);
    driver.runJobs(review.getId());
    ProcessInstance stateReview = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .singleResult();

    at(year, 3, 20, 10, 0);
    matrixReviews.matrixSent(stateReview.getId(), "S/AC.44/2021/NV.1", LocalDate.of(year, 3, 20));
    driver.complete(review.getId(), "MAR_MATRIX_CIRCULATION", "Covering notes sent by MATRIX-2021");

    assertThat(steps(year).get("MAR_MATRIX_CIRCULATION").done()).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(round.getId()).count()).isEqualTo(1);
  }

  @Test
  void aReviewStartedAfterTheCommentDeadlineLeavesTheMatrixRoundToWorkingGroupOne() {
    int year = 2081;
    at(year, 6, 10, 9, 0);
    ProcessInstance review = driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year,
        ComprehensiveReviewProcess.STATE_CODES, STATE));

    Task follow = driver.task(review.getId(), "MAR_MATRIX_CIRCULATION");

    assertThat(follow.getTaskDefinitionKey()).isEqualTo(ComprehensiveReviewProcess.TASK_FOLLOW_MATRIX_ROUND);
    assertThat(follow.getName()).isEqualTo("Start and follow the matrix round MATRIX-2081 with a later comment deadline");
    assertThat(driver.called(review.getId(), ComprehensiveReviewProcess.MATRIX_CIRCULATION_PROCESS)).isNull();
    driver.complete(review.getId(), "MAR_MATRIX_CIRCULATION", "No round this year: matrices reviewed next year");
    assertThat(steps(year).get("MAR_MATRIX_CIRCULATION").done()).isTrue();
  }
}

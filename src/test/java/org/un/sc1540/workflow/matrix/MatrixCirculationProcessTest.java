package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.CommitteeTest;

/** Scenarios of a circulation round; each test has its own review year, freed after it. */
@CommitteeTest
class MatrixCirculationProcessTest {

  private final ProcessEngine processEngine;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final MatrixRoundService rounds;
  private final MatrixReviewService reviews;

  private MatrixScenario scenario;
  private int year;

  MatrixCirculationProcessTest(ProcessEngine processEngine, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, MatrixRoundService rounds, MatrixReviewService reviews) {
    this.processEngine = processEngine;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.rounds = rounds;
    this.reviews = reviews;
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  @AfterEach
  void freeTheYear() {
    MatrixTestData.removeInstances(runtimeService, year);
  }

  private ProcessInstance startRound(int reviewYear, String stateCodes, LocalDate deadline) {
    year = reviewYear;
    return scenario.startRound(year, stateCodes, deadline, Map.of());
  }

  @Test
  void aRoundStartsOneReviewPerStateAsSeparateJobsAndKeepsOnlyItsYear() {
    MatrixScenario.at(LocalDate.of(2060, 3, 1), 9, 0);

    ProcessInstance round = startRound(2060, "fra, ARG ,chn", null);

    assertThat(round.getBusinessKey()).isEqualTo("MATRIX-2060");
    assertThat(runtimeService.getVariables(round.getId())).containsOnlyKeys(MatrixCirculation.REVIEW_YEAR);
    MatrixRound stored = rounds.roundOf(round.getId()).orElseThrow();
    assertThat(stored.stateCodes()).containsExactly("FRA", "ARG", "CHN");
    assertThat(stored.commentDeadline()).isEqualTo(LocalDate.of(2060, 5, 29));
    assertThat(managementService.createJobQuery().processInstanceId(round.getId()).messages().count()).isEqualTo(3);
    List<ProcessInstance> states = scenario.startReviews(round);
    assertThat(states).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("MATRIX-2060-ARG", "MATRIX-2060-CHN", "MATRIX-2060-FRA");
    BpmnAwareTests.assertThat(states.get(0)).isWaitingAt(StateMatrixReview.TASK_PREPARE_MATRIX);
    assertThat(runtimeService.getVariables(states.get(0).getId()))
        .containsOnly(Map.entry(StateMatrixReview.STATE_CODE, "ARG"), Map.entry(StateMatrixReview.REVIEW_YEAR, 2060));
    assertThat(reviews.review(states.get(0).getId()).roundProcessInstanceId()).isEqualTo(round.getId());
    assertThat(scenario.job(round.getId(), MatrixCirculation.EVENT_JUNE_MEETING).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(2060, 6, 30, 0, 0)));
  }

  @Test
  void aSecondRoundForTheSameYearIsRefusedWhileTheFirstRuns() {
    MatrixScenario.at(LocalDate.of(2061, 3, 1), 9, 0);
    startRound(2061, "[\"NZL\"]", null);

    assertThatThrownBy(() -> startRound(2061, "AUS", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("A matrix circulation round for 2061 is already running (MATRIX-2061");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("MATRIX-2061").count()).isEqualTo(1);
  }

  @Test
  void unknownStateCodesAreRefusedAllNamedAtOnce() {
    MatrixScenario.at(LocalDate.of(2062, 3, 1), 9, 0);
    int before = rounds.rounds().size();

    assertThatThrownBy(() -> startRound(2062, "FRA, XKX, TWN", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("stateCodes: 'XKX', 'TWN' are not among the 193 Member States");
    assertThat(rounds.rounds()).hasSize(before);
  }

  @Test
  void aDeadlineInThePastIsRefused() {
    MatrixScenario.at(LocalDate.of(2063, 6, 1), 9, 0);

    assertThatThrownBy(() -> startRound(2063, "FRA", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("commentDeadline 2063-05-29 is in the past");
  }

  @Test
  void noStatesWithoutTheConfirmationIsRefusedAndWithItTheRoundGoesToAll193() {
    MatrixScenario.at(LocalDate.of(2062, 3, 1), 9, 0);
    year = 2062;

    assertThatThrownBy(() -> scenario.startRound(year, null, null, Map.of(MatrixCirculation.ALL_STATES, false)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("No States are named", "All 193 Member States");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("MATRIX-2062").count()).isZero();

    ProcessInstance round = scenario.startRound(year, null, null, Map.of(MatrixCirculation.ALL_STATES, true));
    assertThat(rounds.roundOf(round.getId()).orElseThrow().stateCount()).isEqualTo(193);
  }

  @Test
  void whenEveryStateIsDoneBeforeJuneTheRoundPostsAtOnceAndTheYearIsFreeAgain() {
    MatrixScenario.at(LocalDate.of(2064, 3, 1), 9, 0);
    ProcessInstance round = startRound(2064, "GBR, IRL", LocalDate.of(2064, 5, 15));
    List<ProcessInstance> states = scenario.startReviews(round);
    ProcessInstance gbr = states.get(0);
    ProcessInstance irl = states.get(1);
    scenario.prepareAndSend(gbr.getId(), "GBR");
    scenario.prepareAndSend(irl.getId(), "IRL");
    assertThat(rounds.progress(year).orElseThrow().coveringNotesSentOn()).contains(LocalDate.of(year, 3, 1));
    MatrixScenario.at(LocalDate.of(year, 5, 1), 9, 0);
    scenario.commentsReceived("GBR", year, null, null);
    scenario.review(gbr.getId(), "2", null);
    MatrixScenario.at(LocalDate.of(year, 5, 16), 9, 0);
    scenario.executeJob(irl.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    MatrixScenario.at(LocalDate.of(year, 6, 10), 9, 0);
    scenario.approve(gbr.getId(), LocalDate.of(year, 6, 10));
    scenario.approve(irl.getId(), LocalDate.of(year, 6, 10));

    scenario.runRoundJobs(round);

    BpmnAwareTests.assertThat(round).hasPassed(MatrixCirculation.EVENT_ALL_REVIEWS_ENDED)
        .isWaitingAt(MatrixCirculation.TASK_POST_MATRICES);
    Task posting = scenario.task(round.getId(), MatrixCirculation.TASK_POST_MATRICES);
    assertThat(posting.getName()).isEqualTo("Post approved matrices on the website — 2064 round");
    assertThat(taskService.getIdentityLinksForTask(posting.getId()))
        .anyMatch(link -> "coordinators".equals(link.getGroupId()));
    assertThat((String) taskService.getVariable(posting.getId(), StateMatrixReview.ABOUT))
        .contains("| Matrices sent | 2 |", "| Replied on time | 1 |", "| No reply | 1 |", "| Approved: posted now | 2 |");

    scenario.postRound(round.getId(), LocalDate.of(year, 6, 10));

    BpmnAwareTests.assertThat(round).isEnded();
    MatrixRoundService.RoundProgress progress = rounds.progress(year).orElseThrow();
    assertThat(progress.running()).isFalse();
    assertThat(progress.postedOn()).contains(LocalDate.of(year, 6, 10));
    assertThat(progress.consideredOn()).contains(LocalDate.of(year, 6, 10));
    assertThat(progress.carried()).isEmpty();
    assertThat(rounds.summaryOfYear(year).orElseThrow().posted()).isEqualTo(2);
    ProcessInstance second = startRound(year, "GBR", LocalDate.of(year, 7, 15));
    assertThat(second.getBusinessKey()).isEqualTo("MATRIX-2064");
  }

  @Test
  void aStateStillInConsultationInJuneDoesNotHoldBackThePostingOfTheOthers() {
    MatrixScenario.at(LocalDate.of(2063, 3, 1), 9, 0);
    ProcessInstance round = startRound(2063, "KEN, GHA", null);
    List<ProcessInstance> states = scenario.startReviews(round);
    ProcessInstance gha = states.get(0);
    ProcessInstance ken = states.get(1);
    MatrixScenario.at(LocalDate.of(year, 3, 5), 9, 0);
    scenario.prepareAndSend(gha.getId(), "GHA");
    MatrixScenario.at(LocalDate.of(year, 3, 9), 9, 0);
    scenario.prepareAndSend(ken.getId(), "KEN");
    assertThat(rounds.progress(year).orElseThrow().coveringNotesSentOn()).contains(LocalDate.of(year, 3, 9));
    MatrixScenario.at(LocalDate.of(year, 5, 10), 9, 0);
    scenario.commentsReceived("GHA", year, null, null);
    scenario.commentsReceived("KEN", year, null, null);
    scenario.review(gha.getId(), "2", null);
    scenario.review(ken.getId(), "2", LocalDate.of(year, 7, 20));
    scenario.executeJob(ken.getId(), StateMatrixReview.TASK_SEND_CONSULTATION);
    MatrixScenario.at(LocalDate.of(year, 6, 18), 15, 0);
    scenario.approve(gha.getId(), LocalDate.of(year, 6, 18));
    scenario.runRoundJobs(round);

    MatrixScenario.at(LocalDate.of(year, 6, 30), 0, 0);
    scenario.executeJob(round.getId(), MatrixCirculation.EVENT_JUNE_MEETING);
    BpmnAwareTests.assertThat(round).isWaitingAt(MatrixCirculation.TASK_POST_MATRICES,
        MatrixCirculation.TASK_REVIEW_STATE_MATRICES);
    assertThat((String) taskService.getVariable(scenario.task(round.getId(), MatrixCirculation.TASK_POST_MATRICES)
        .getId(), StateMatrixReview.ABOUT)).contains("**Carried:** Kenya \\(KEN\\): comments awaited");
    scenario.postRound(round.getId(), LocalDate.of(year, 6, 30));

    MatrixRoundService.RoundProgress june = rounds.progress(year).orElseThrow();
    assertThat(june.postedOn()).contains(LocalDate.of(year, 6, 30));
    assertThat(june.consideredOn()).contains(LocalDate.of(year, 6, 18));
    assertThat(june.carried()).containsExactly("KEN");
    assertThat(june.running()).isTrue();
    assertThat(reviews.review(gha.getId()).postedOn()).isEqualTo(LocalDate.of(year, 6, 30));
    assertThat(rounds.roundOf(round.getId()).orElseThrow().carriedNote()).contains("1 State's matrix is still under review");

    MatrixScenario.at(LocalDate.of(year, 7, 21), 0, 0);
    scenario.executeJob(ken.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    MatrixScenario.at(LocalDate.of(year, 7, 24), 9, 0);
    scenario.approve(ken.getId(), LocalDate.of(year, 7, 23));
    BpmnAwareTests.assertThat(ken).isWaitingAt(StateMatrixReview.TASK_POST_MATRIX);
    assertThat(rounds.progress(year).orElseThrow().stillToPost()).containsExactly("KEN");
    Task posting = scenario.task(ken.getId(), StateMatrixReview.TASK_POST_MATRIX);
    assertThat(posting.getName()).isEqualTo("Post the approved matrix on the website — Kenya (KEN), " + year);
    scenario.complete(ken.getId(), StateMatrixReview.TASK_POST_MATRIX, Map.of(
        StateMatrixReview.POSTED_ON, year + "-07-24",
        StateMatrixReview.WEBSITE_URL, "https://www.un.org/en/sc/1540/matrices/KEN.pdf"));
    BpmnAwareTests.assertThat(ken).isEnded();
    scenario.runRoundJobs(round);

    BpmnAwareTests.assertThat(round).isEnded();
    assertThat(rounds.progress(year).orElseThrow().stillToPost()).isEmpty();
    assertThat(reviews.review(ken.getId()).postedOn()).isEqualTo(LocalDate.of(year, 7, 24));
    assertThat(taskService.createTaskQuery().processInstanceId(round.getId()).count()).isZero();
  }

  @Test
  void thePostingCannotBeDatedBeforeTheConsiderationNorInTheFuture() {
    MatrixScenario.at(LocalDate.of(2061, 3, 1), 9, 0);
    ProcessInstance round = startRound(2061, "UGA", null);
    ProcessInstance uga = scenario.startReviews(round).get(0);
    scenario.prepareAndSend(uga.getId(), "UGA");
    MatrixScenario.at(LocalDate.of(year, 6, 30), 0, 0);
    scenario.executeJob(round.getId(), MatrixCirculation.EVENT_JUNE_MEETING);
    MatrixScenario.at(LocalDate.of(year, 6, 30), 9, 0);

    assertThatThrownBy(() -> scenario.complete(round.getId(), MatrixCirculation.TASK_POST_MATRICES, Map.of(
        MatrixCirculation.POSTED_ON, year + "-07-01", MatrixCirculation.WEBSITE_URL, "https://www.un.org/1540")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("postedOn 2061-07-01 is in the future");
    assertThatThrownBy(() -> scenario.complete(round.getId(), MatrixCirculation.TASK_POST_MATRICES, Map.of(
        MatrixCirculation.CONSIDERED_ON, year + "-06-30", MatrixCirculation.POSTED_ON, year + "-06-29",
        MatrixCirculation.WEBSITE_URL, "https://www.un.org/1540")))
        .hasMessageContaining("consideredOn 2061-06-30 is after postedOn 2061-06-29");
    assertThatThrownBy(() -> scenario.complete(round.getId(), MatrixCirculation.TASK_POST_MATRICES, Map.of(
        MatrixCirculation.POSTED_ON, year + "-06-30", MatrixCirculation.WEBSITE_URL, "www.un.org/1540")))
        .hasMessageContaining("websiteUrl 'www.un.org/1540' is not a web link");
    assertThat(rounds.progress(year).orElseThrow().postedOn()).isEmpty();
  }
}

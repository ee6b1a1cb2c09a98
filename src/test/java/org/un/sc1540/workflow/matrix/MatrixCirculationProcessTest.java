package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;

/** Scenarios of a circulation round; each test has its own review year. */
@CommitteeTest
class MatrixCirculationProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired MatrixRoundService rounds;

  MatrixScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  private ProcessInstance startRound(int year, Object stateCodes, String deadline) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MatrixCirculation.REVIEW_YEAR, year);
    variables.put(MatrixCirculation.STATE_CODES, stateCodes);
    variables.put(MatrixCirculation.COMMENT_DEADLINE, deadline);
    return runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY, variables);
  }

  private List<ProcessInstance> stateReviews(ProcessInstance round) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .orderByBusinessKey().asc().list();
  }

  private void executeAllJobs(ProcessInstance round) {
    for (Job job : managementService.createJobQuery().processInstanceId(round.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  @Test
  void aRoundStartsOneReviewPerStateAsSeparateJobsWithTheStatesBusinessKeys() {
    int year = 2060;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);

    ProcessInstance round = startRound(year, "fra, ARG ,chn", null);

    assertThat(round.getBusinessKey()).isEqualTo("MATRIX-2060");
    BpmnAwareTests.assertThat(round).variables()
        .containsEntry(MatrixCirculation.STATE_CODES, "[\"FRA\",\"ARG\",\"CHN\"]")
        .containsEntry(MatrixCirculation.COMMENT_DEADLINE, "2060-05-29")
        .containsEntry(MatrixCirculation.STATE_COUNT, 3);
    assertThat(managementService.createJobQuery().processInstanceId(round.getId()).count()).isEqualTo(3);
    executeAllJobs(round);
    List<ProcessInstance> states = stateReviews(round);
    assertThat(states).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("MATRIX-2060-ARG", "MATRIX-2060-CHN", "MATRIX-2060-FRA");
    BpmnAwareTests.assertThat(states.get(0)).isWaitingAt(StateMatrixReview.TASK_PREPARE_MATRIX).variables()
        .containsEntry(StateMatrixReview.STATE_CODE, "ARG")
        .containsEntry(StateMatrixReview.REVIEW_YEAR, year)
        .containsEntry(StateMatrixReview.COMMENT_DEADLINE, "2060-05-29");
  }

  @Test
  void aSecondRoundForTheSameYearIsRefusedWhileTheFirstRuns() {
    int year = 2061;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    startRound(year, "[\"NZL\"]", null);

    assertThatThrownBy(() -> startRound(year, "AUS", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("A matrix circulation round for 2061 is already running (MATRIX-2061");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("MATRIX-2061").count()).isEqualTo(1);
  }

  @Test
  void unknownStateCodesAreRefusedAllNamedAtOnce() {
    MatrixScenario.at(LocalDate.of(2062, 3, 1), 9, 0);

    assertThatThrownBy(() -> startRound(2062, "FRA, XKX, TWN", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("stateCodes: XKX, TWN are not among the 193 Member States");
    assertThat(rounds.summaryOfYear(2062)).isEmpty();
  }

  @Test
  void aDeadlineInThePastIsRefused() {
    MatrixScenario.at(LocalDate.of(2063, 6, 1), 9, 0);

    assertThatThrownBy(() -> startRound(2063, "FRA", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("commentDeadline 2063-05-29 is in the past");
  }

  @Test
  void whenEveryStateIsDoneThePostingTaskShowsTheSummaryAndTheYearIsFreeAgain() {
    int year = 2064;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance round = startRound(year, "GBR, IRL", year + "-05-15");
    executeAllJobs(round);
    for (ProcessInstance state : stateReviews(round)) {
      String code = state.getBusinessKey().substring(state.getBusinessKey().length() - 3);
      scenario.prepareAndSend(state.getId(), code);
    }
    MatrixScenario.at(LocalDate.of(year, 5, 1), 9, 0);
    scenario.commentsReceived("GBR", year, null, null);
    ProcessInstance gbr = stateReviews(round).get(0);
    scenario.review(gbr.getId(), "2", null);
    MatrixScenario.at(LocalDate.of(year, 5, 16), 9, 0);
    ProcessInstance irl = stateReviews(round).get(1);
    scenario.executeJob(irl.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    MatrixScenario.at(LocalDate.of(year, 6, 10), 9, 0);
    scenario.approve(gbr.getId(), LocalDate.of(year, 6, 10));
    scenario.approve(irl.getId(), LocalDate.of(year, 6, 10));

    executeAllJobs(round);

    BpmnAwareTests.assertThat(round).hasPassed(MatrixCirculation.TASK_SUMMARIZE_ROUND)
        .isWaitingAt(MatrixCirculation.TASK_POST_MATRICES).variables()
        .containsEntry(MatrixCirculation.STATES_SENT, 2)
        .containsEntry(MatrixCirculation.REPLIED_ON_TIME, 1)
        .containsEntry(MatrixCirculation.NO_REPLY, 1)
        .containsEntry(MatrixCirculation.APPROVED, 2)
        .containsEntry(MatrixCirculation.STILL_OPEN, 0);
    Task posting = scenario.task(round.getId(), MatrixCirculation.TASK_POST_MATRICES);
    assertThat(taskService.getIdentityLinksForTask(posting.getId()))
        .anyMatch(link -> "coordinators".equals(link.getGroupId()));

    scenario.complete(round.getId(), MatrixCirculation.TASK_POST_MATRICES, Map.of(
        MatrixCirculation.POSTED_ON, year + "-06-10",
        MatrixCirculation.WEBSITE_URL, "https://www.un.org/en/sc/1540/national-implementation/matrices.shtml"));
    BpmnAwareTests.assertThat(round).isEnded();
    assertThat(rounds.summaryOfYear(year).orElseThrow().round().open()).isFalse();
    ProcessInstance second = startRound(year, "GBR", year + "-07-15");
    assertThat(second.getBusinessKey()).isEqualTo("MATRIX-2064");
  }
}

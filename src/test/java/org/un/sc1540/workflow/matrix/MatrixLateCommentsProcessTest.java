package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.CommitteeTest;

/** Comments after a State's approval: each one recorded for the next round, until the window closes. */
@CommitteeTest
class MatrixLateCommentsProcessTest {

  static final int YEAR = 2070;

  private final ProcessEngine processEngine;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final MatrixReviewService reviews;

  private MatrixScenario scenario;

  MatrixLateCommentsProcessTest(ProcessEngine processEngine, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, MatrixReviewService reviews) {
    this.processEngine = processEngine;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.reviews = reviews;
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  @AfterEach
  void freeTheYear() {
    MatrixTestData.removeInstances(runtimeService, YEAR);
  }

  /** The State's matrix approved on 20 June: its window for later comments opens. */
  private ProcessInstance approved(String state) {
    MatrixScenario.at(LocalDate.of(YEAR, 3, 1), 9, 0);
    ProcessInstance review = scenario.startReview(state, YEAR, LocalDate.of(YEAR, 5, 29), Map.of());
    scenario.prepareAndSend(review.getId(), state);
    MatrixScenario.at(LocalDate.of(YEAR, 5, 30), 9, 0);
    scenario.executeJob(review.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    MatrixScenario.at(LocalDate.of(YEAR, 6, 20), 9, 0);
    scenario.approve(review.getId(), LocalDate.of(YEAR, 6, 20));
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(MatrixLateComments.businessKey(YEAR, state)).singleResult();
  }

  @Test
  void everyCommentAfterApprovalIsRecordedAndTheYearStaysOpen() {
    ProcessInstance pi = approved("GHA");
    assertThat(runtimeService.getVariables(pi.getId())).containsOnlyKeys(StateMatrixReview.STATE_CODE,
        StateMatrixReview.REVIEW_YEAR);

    MatrixScenario.at(LocalDate.of(YEAR, 7, 1), 9, 0);
    scenario.commentsReceived("GHA", YEAR, LocalDate.of(YEAR, 6, 30), "NV GHA 1");
    MatrixScenario.at(LocalDate.of(YEAR, 9, 1), 9, 0);
    scenario.commentsReceived("GHA", YEAR, null, "NV GHA 2");

    BpmnAwareTests.assertThat(pi).isActive().isWaitingAt(MatrixLateComments.EVENT_WINDOW_CLOSED);
    assertThat(runtimeService.getVariables(pi.getId())).containsOnlyKeys(StateMatrixReview.STATE_CODE,
        StateMatrixReview.REVIEW_YEAR);
    assertThat(reviews.earlierLateComments("GHA", YEAR + 1))
        .isEqualTo("2070 round: received 2070-06-30, NV GHA 1\n2070 round: received 2070-09-01, NV GHA 2");
  }

  @Test
  void theRecordClosesAYearAfterTheApprovalAndLaterCommentsAreRefused() {
    ProcessInstance pi = approved("SEN");
    assertThat(scenario.job(pi.getId(), MatrixLateComments.EVENT_WINDOW_CLOSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(YEAR + 1, 6, 20, 23, 59, 59, 999_000_000)));

    MatrixScenario.at(LocalDate.of(YEAR + 1, 6, 21), 0, 0);
    scenario.executeJob(pi.getId(), MatrixLateComments.EVENT_WINDOW_CLOSED);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(MatrixLateComments.END_WINDOW_CLOSED);
    assertThatThrownBy(() -> scenario.commentsReceived("SEN", YEAR, null, "too late"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Senegal (SEN) is not in an open matrix circulation round of 2070, and no matrix of SEN "
            + "for 2070 was approved in the last year");
    assertThat(reviews.earlierLateComments("SEN", YEAR + 1)).isNull();
  }
}

package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;

/** Comments after a State's approval: each one recorded for the next round, until the window closes. */
@CommitteeTest
class MatrixLateCommentsProcessTest {

  static final int YEAR = 2070;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired MatrixReviewService reviews;

  MatrixScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  private ProcessInstance openFor(String state) {
    MatrixScenario.at(LocalDate.of(YEAR, 6, 20), 9, 0);
    return runtimeService.startProcessInstanceByKey(MatrixLateComments.PROCESS_KEY,
        MatrixLateComments.businessKey(YEAR, state), Map.of(
            StateMatrixReview.STATE_CODE, state,
            StateMatrixReview.REVIEW_YEAR, YEAR,
            MatrixLateComments.WINDOW_CLOSES_AT, MatrixScenario.newYork(LocalDateTime.of(YEAR + 1, 6, 20, 23, 59))));
  }

  @Test
  void everyCommentAfterApprovalIsRecordedAndTheYearStaysOpen() {
    ProcessInstance pi = openFor("GHA");

    MatrixScenario.at(LocalDate.of(YEAR, 7, 1), 9, 0);
    scenario.commentsReceived("GHA", YEAR, LocalDate.of(YEAR, 6, 30), "NV GHA 1");
    MatrixScenario.at(LocalDate.of(YEAR, 9, 1), 9, 0);
    scenario.commentsReceived("GHA", YEAR, null, "NV GHA 2");

    BpmnAwareTests.assertThat(pi).isActive().isWaitingAt(MatrixLateComments.GATEWAY_COMMENTS_OR_WINDOW_CLOSED);
    assertThat(reviews.earlierLateComments("GHA", YEAR + 1))
        .isEqualTo("2070 round: received 2070-06-30, NV GHA 1\n2070 round: received 2070-09-01, NV GHA 2");
  }

  @Test
  void theRecordClosesWhenTheWindowEnds() {
    ProcessInstance pi = openFor("SEN");

    MatrixScenario.at(LocalDate.of(YEAR + 1, 6, 21), 0, 0);
    scenario.executeJob(pi.getId(), MatrixLateComments.EVENT_WINDOW_CLOSED);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(MatrixLateComments.END_WINDOW_CLOSED);
  }
}

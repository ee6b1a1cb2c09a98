package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * A State's comments are accepted whenever they arrive while its round is open (issue 12.10):
 * while the experts prepare or review its matrix, between a letter's send and the wait, before its
 * review has even started, while the Committee decides. They are stored with their own date and
 * taken up when the review gets to them. A State not in an open round is refused, with the reason.
 */
@CommitteeTest
class MatrixCommentsAtAnyMomentTest {

  private final ProcessEngine processEngine;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final FormService formService;
  private final IdentityService identityService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final CorrespondenceRegister register;
  private final MatrixReviewService reviews;
  private final MatrixCommentsService comments;

  private MatrixScenario scenario;
  private int year;

  MatrixCommentsAtAnyMomentTest(ProcessEngine processEngine, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, FormService formService, IdentityService identityService,
      HistoryService historyService, RepositoryService repositoryService, CorrespondenceRegister register,
      MatrixReviewService reviews, MatrixCommentsService comments) {
    this.processEngine = processEngine;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.formService = formService;
    this.identityService = identityService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.register = register;
    this.reviews = reviews;
    this.comments = comments;
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    MatrixTestData.removeInstances(runtimeService, year);
  }

  private ProcessInstance started(String state, int reviewYear) {
    year = reviewYear;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    return scenario.startReview(state, year, LocalDate.of(year, 5, 29), Map.of());
  }

  private StateMatrixStatus status(ProcessInstance pi) {
    return reviews.status(pi.getId()).orElseThrow();
  }

  private void assertLean(ProcessInstance pi) {
    assertThat(scenario.variables(pi.getId())).as("variables at %s", runtimeService.getActiveActivityIds(pi.getId()))
        .isLessThanOrEqualTo(StateMatrixReviewProcessTest.MAX_VARIABLES);
  }

  @Test
  void commentsWhileTheExpertsPrepareAreKeptAndTakenUpOnceTheMatrixIsSent() {
    ProcessInstance pi = started("GRC", 2047);
    MatrixScenario.at(LocalDate.of(year, 3, 10), 9, 0);

    scenario.commentsReceived("GRC", year, LocalDate.of(year, 3, 9), "NV GRC 2047/1");

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_PREPARE_MATRIX)
        .hasPassed(StateMatrixReview.TASK_RECORD_COMMENTS);
    assertLean(pi);
    assertThat(comments.pending(pi.getId())).isTrue();
    MatrixScenario.at(LocalDate.of(year, 3, 12), 9, 0);
    scenario.prepareAndSend(pi.getId(), "GRC");

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertLean(pi);
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
    assertThat(status(pi).commentsReceivedOn()).isEqualTo(LocalDate.of(year, 3, 9));
    assertThat(register.forProcessInstance(pi.getId())).extracting(l -> l.type()).containsExactly(LetterType.MATRIX_COVERING);
  }

  @Test
  void commentsSentBeforeTheDeadlineCountAsOnTimeEvenIfTheMatrixWentOutAfterIt() {
    ProcessInstance pi = started("HUN", 2047);
    MatrixScenario.at(LocalDate.of(year, 5, 20), 9, 0);
    scenario.commentsReceived("HUN", year, LocalDate.of(year, 5, 20), null);

    MatrixScenario.at(LocalDate.of(year, 6, 2), 9, 0);
    scenario.prepareAndSend(pi.getId(), "HUN");

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS)
        .hasNotPassed(StateMatrixReview.TASK_RECORD_NO_REPLY);
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED)).isNull();
  }

  @Test
  void commentsBetweenTheSendAndTheWaitAreTakenUpWhenTheWaitBegins() {
    ProcessInstance pi = started("IRL", 2048);
    scenario.prepare(pi.getId(), "IRL");
    assertThat(scenario.job(pi.getId(), StateMatrixReview.TASK_SEND_MATRIX)).isNotNull();
    MatrixScenario.at(LocalDate.of(year, 3, 2), 9, 0);

    scenario.commentsReceived("IRL", year, null, "https://records.example.org/IRL/1");
    assertLean(pi);
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_MATRIX);

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(status(pi).commentsReceivedOn()).isEqualTo(LocalDate.of(year, 3, 2));
  }

  @Test
  void commentsWhileTheExpertsReviewAreTakenUpBeforeAnythingIsSentOrDecided() {
    ProcessInstance pi = started("ISL", 2048);
    scenario.prepareAndSend(pi.getId(), "ISL");
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("ISL", year, null, "first");
    MatrixScenario.at(LocalDate.of(year, 4, 3), 9, 0);

    scenario.commentsReceived("ISL", year, null, "second");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertLean(pi);
    scenario.review(pi.getId(), "2", LocalDate.of(year, 5, 15));

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(scenario.job(pi.getId(), StateMatrixReview.TASK_SEND_CONSULTATION)).isNull();
    assertThat(comments.comments(pi.getId())).extracting(MatrixComment::reference).containsExactly("first", "second");
    assertThat(comments.comments(pi.getId())).allMatch(MatrixComment::takenUp);
    assertThat(status(pi).matrixVersion()).isEqualTo("2");
    assertThat((String) taskService.getVariable(scenario.task(pi.getId(), StateMatrixReview.TASK_REVIEW_COMMENTS).getId(),
        StateMatrixReview.ABOUT)).contains("first", "second");
  }

  @Test
  void commentsWhileTheConsultationIsOnItsWayAreTakenUpWhenItsWaitBegins() {
    ProcessInstance pi = started("LUX", 2049);
    scenario.prepareAndSend(pi.getId(), "LUX");
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("LUX", year, null, null);
    scenario.review(pi.getId(), "2", LocalDate.of(year, 5, 15));
    MatrixScenario.at(LocalDate.of(year, 4, 2), 9, 0);

    scenario.commentsReceived("LUX", year, null, "further");
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_CONSULTATION);

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(register.forProcessInstance(pi.getId())).extracting(l -> l.type())
        .containsExactly(LetterType.MATRIX_COVERING, LetterType.MATRIX_CONSULTATION);
    assertThat(comments.comments(pi.getId()).get(1).onConsultation()).isTrue();
  }

  @Test
  void commentsDuringTheConsultationWaitEndIt() {
    ProcessInstance pi = started("MLT", 2049);
    scenario.prepareAndSend(pi.getId(), "MLT");
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("MLT", year, null, null);
    scenario.review(pi.getId(), "2", LocalDate.of(year, 5, 15));
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_CONSULTATION);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.EVENT_COMMENTS_AWAITED);
    assertLean(pi);

    MatrixScenario.at(LocalDate.of(year, 5, 16), 9, 0);
    scenario.commentsReceived("MLT", year, LocalDate.of(year, 5, 16), null);

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(comments.comments(pi.getId()).get(1).late()).isTrue();
    assertThat(status(pi).reply()).as("the circulation's answer stays the first comments'")
        .isEqualTo(StateMatrixStatus.Reply.ON_TIME);
  }

  @Test
  void commentsBeforeTheStatesReviewStartedWaitForIt() {
    year = 2050;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance round = scenario.startRound(year, "MNE", null, Map.of());

    scenario.commentsReceived("MNE", year, LocalDate.of(year, 3, 1), "NV MNE 1");

    ProcessInstance recording = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(MatrixCommentsRecording.businessKey(year, "MNE")).singleResult();
    assertThat(recording).as("the message ended in the recording process, which is done").isNull();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(MatrixCommentsRecording.businessKey(year, "MNE")).singleResult().getState())
        .isEqualTo("COMPLETED");
    ProcessInstance pi = scenario.startReviews(round).get(0);
    assertThat(comments.pending(pi.getId())).isTrue();
    assertThat((String) taskService.getVariable(scenario.task(pi.getId(), StateMatrixReview.TASK_PREPARE_MATRIX).getId(),
        StateMatrixReview.ABOUT)).contains("Comments already received", "1 March 2050", "NV MNE 1");
    scenario.prepareAndSend(pi.getId(), "MNE");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
  }

  @Test
  void commentsForAStateInNoOpenRoundAreRefusedWithTheReasonAndNothingIsKept() {
    year = 2051;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    scenario.startRound(year, "NLD", null, Map.of());

    assertThatThrownBy(() -> scenario.commentsReceived("NZL", year, null, null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("New Zealand (NZL) is not in an open matrix circulation round of 2051");
    assertThatThrownBy(() -> scenario.commentsReceived("NLD", year + 1, null, null))
        .hasMessageContaining("not in an open matrix circulation round of 2052");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MatrixCommentsRecording.PROCESS_KEY)
        .processInstanceBusinessKeyLike("MATRIX-205%-N%").count()).isZero();
  }

  @Test
  void theSecretariatRecordsCommentsInTasklistAndSeesWhereTheyWent() {
    ProcessInstance pi = started("PAN", 2052);
    scenario.prepareAndSend(pi.getId(), "PAN");
    MatrixScenario.at(LocalDate.of(year, 4, 10), 9, 0);
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(MatrixCommentsRecording.PROCESS_KEY).latestVersion().singleResult().getId();

    identityService.setAuthentication("staff", List.of(CommitteeGroups.SECRETARIAT));
    ProcessInstance recording = formService.submitStartForm(definition, Map.of(
        MatrixCommentsRecording.STATE_CODE, "pan",
        MatrixCommentsRecording.REVIEW_YEAR, (long) year,
        MatrixCommentsRecording.COMMENTS_RECEIVED_ON, year + "-04-09",
        MatrixCommentsRecording.COMMENTS_REFERENCE, "NV PAN 2052/12"));
    identityService.clearAuthentication();

    assertThat(recording.getBusinessKey()).isEqualTo("MATRIX-2052-PAN-COMMENTS");
    Task outcome = taskService.createTaskQuery().processInstanceId(recording.getId()).singleResult();
    assertThat(outcome.getAssignee()).isEqualTo("staff");
    assertThat(outcome.getName()).isEqualTo("Comments recorded — Panama (PAN), 2052");
    assertThat((String) taskService.getVariable(outcome.getId(), StateMatrixReview.ABOUT))
        .contains("recorded for the 2052 round", "Received 9 April 2052", "NV PAN 2052\\/12",
            "Taken up by the experts' review: on time");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(comments.comments(pi.getId())).singleElement()
        .satisfies(c -> assertThat(c.recordedBy()).isEqualTo("staff"));
    taskService.complete(outcome.getId());
    BpmnAwareTests.assertThat(recording).isEnded();
  }

  @Test
  void afterTheApprovalTheTasklistRecordingSaysTheCommentsAreKeptForTheNextRound() {
    ProcessInstance pi = started("PER", 2053);
    scenario.prepareAndSend(pi.getId(), "PER");
    MatrixScenario.at(LocalDate.of(year, 5, 30), 9, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    scenario.approve(pi.getId(), LocalDate.of(year, 5, 30));
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(MatrixCommentsRecording.PROCESS_KEY).latestVersion().singleResult().getId();

    identityService.setAuthentication("staff", List.of(CommitteeGroups.SECRETARIAT));
    ProcessInstance recording = formService.submitStartForm(definition, Map.of(
        MatrixCommentsRecording.STATE_CODE, "PER", MatrixCommentsRecording.REVIEW_YEAR, year));
    identityService.clearAuthentication();

    Task outcome = taskService.createTaskQuery().processInstanceId(recording.getId()).singleResult();
    assertThat((String) taskService.getVariable(outcome.getId(), StateMatrixReview.ABOUT))
        .contains("recorded after the approval of its 2053 matrix", "kept for the next round");
    assertThat(reviews.earlierLateComments("PER", year + 1)).contains("2053 round: received 2053-05-30");
  }

  @Test
  void onlyTheSecretariatMayRecordComments() {
    ProcessInstance pi = started("POL", 2053);
    identityService.setAuthentication("expert", List.of(CommitteeGroups.EXPERTS));
    try {
      assertThatThrownBy(() -> comments.receive("POL", year, null, null))
          .isInstanceOf(CommitteeAccess.NotAllowed.class)
          .hasMessageContaining("Only the secretariat may record a State's comments on its matrix");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(comments.comments(pi.getId())).isEmpty();
  }
}

package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;

/**
 * Scenarios of one State's matrix review, the clock driven in New York time. Each State's review
 * is started by a round of that one State, as in use. Each test has its own review year and State,
 * so that its messages correlate only to its own instances; the year's instances are removed after it.
 */
@CommitteeTest
class StateMatrixReviewProcessTest {

  /** A State's review at any wait state: stateCode, reviewYear and the waiting task's own form fields. */
  static final int MAX_VARIABLES = 8;

  private final ProcessEngine processEngine;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final CorrespondenceRegister register;
  private final MatrixReviewService reviews;
  private final MatrixCommentsService comments;
  private final JdbcClient jdbc;

  private MatrixScenario scenario;
  private int year;

  StateMatrixReviewProcessTest(ProcessEngine processEngine, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, CorrespondenceRegister register, MatrixReviewService reviews,
      MatrixCommentsService comments, JdbcClient jdbc) {
    this.processEngine = processEngine;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.register = register;
    this.reviews = reviews;
    this.comments = comments;
    this.jdbc = jdbc;
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  @AfterEach
  void removeTheYearsInstances() {
    MatrixTestData.removeInstances(runtimeService, year);
  }

  private ProcessInstance sentOnFirstOfMarch(String state, int reviewYear) {
    year = reviewYear;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance pi = scenario.startReview(state, year, LocalDate.of(year, 5, 29), Map.of());
    scenario.prepareAndSend(pi.getId(), state);
    return pi;
  }

  private ProcessInstance started(String state, int reviewYear) {
    year = reviewYear;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    return scenario.startReview(state, year, LocalDate.of(year, 5, 29), Map.of());
  }

  private List<Letter> letters(ProcessInstance pi, LetterType type) {
    return register.forProcessInstance(pi.getId()).stream().filter(l -> l.type() == type).toList();
  }

  private StateMatrixStatus status(ProcessInstance pi) {
    return reviews.status(pi.getId()).orElseThrow();
  }

  private void assertLean(ProcessInstance pi) {
    assertThat(scenario.variables(pi.getId()))
        .as("variables of %s at %s", pi.getBusinessKey(), runtimeService.getActiveActivityIds(pi.getId()))
        .isLessThanOrEqualTo(MAX_VARIABLES);
  }

  @Test
  void commentsOnTimeAreReviewedAndTheApprovedMatrixIsRecordedInTheRegistry() {
    ProcessInstance pi = started("FRA", 2040);
    assertLean(pi);
    scenario.prepareAndSend(pi.getId(), "FRA");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
    assertLean(pi);
    assertThat(letters(pi, LetterType.MATRIX_COVERING)).hasSize(1);

    MatrixScenario.at(LocalDate.of(year, 4, 20), 10, 0);
    scenario.commentsReceived("FRA", year, LocalDate.of(year, 4, 20), "https://records.example.org/FRA/2040-04-20");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertLean(pi);
    assertThat(comments.comments(pi.getId())).singleElement().satisfies(c -> assertThat(c.late()).isFalse());
    scenario.review(pi.getId(), "2", null);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);
    assertLean(pi);
    MatrixScenario.at(LocalDate.of(year, 4, 25), 15, 0);
    scenario.approve(pi.getId(), LocalDate.of(year, 4, 25));

    BpmnAwareTests.assertThat(pi).isEnded().hasNotPassed(StateMatrixReview.TASK_POST_MATRIX);
    MatrixApproval approval = reviews.approval(year, "FRA").orElseThrow();
    assertThat(approval.approvedOn()).isEqualTo(LocalDate.of(year, 4, 25));
    assertThat(approval.matrixVersion()).isEqualTo("2");
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
    assertThat(status(pi).stage()).isEqualTo(MatrixStage.APPROVED);
    assertThat(status(pi).decidedBy()).isNull();
    assertThat(status(pi).open()).isFalse();
    assertThat(letters(pi, LetterType.MATRIX_REMINDER)).isEmpty();
  }

  @Test
  void theInstanceKeepsItsKeysAndTheFormsShowWhatTheTablesSay() {
    ProcessInstance pi = started("ARG", 2040);

    assertThat(runtimeService.getVariables(pi.getId())).containsOnlyKeys(StateMatrixReview.STATE_CODE,
        StateMatrixReview.REVIEW_YEAR);
    Task prepare = scenario.task(pi.getId(), StateMatrixReview.TASK_PREPARE_MATRIX);
    assertThat(prepare.getName()).isEqualTo("Prepare updated matrix — Argentina (ARG), 2040");
    assertThat(runtimeService.getVariablesLocal(prepare.getExecutionId()))
        .containsEntry(StateMatrixReview.MATRIX_REFERENCE, "MATRIX-2040-ARG")
        .containsEntry(StateMatrixReview.MATRIX_VERSION, "2040.1")
        .containsKeys(StateMatrixReview.MATRIX_URL, StateMatrixReview.CHANGES_SUMMARY);
    assertThat((String) taskService.getVariable(prepare.getId(), StateMatrixReview.ABOUT))
        .contains("Argentina \\(ARG\\)", "**29 May 2040**", "**Spanish**");
  }

  @Test
  void withoutCommentsByTheDeadlineNoReplyIsRecordedAndTheCommitteeConsidersTheMatrixInJune() {
    ProcessInstance pi = sentOnFirstOfMarch("DEU", 2041);
    Job deadline = scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    assertThat(deadline.getDuedate()).isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 5, 29, 23, 59, 59,
        999_000_000)));

    MatrixScenario.at(LocalDate.of(year, 5, 30), 0, 0);
    managementService.executeJob(deadline.getId());

    BpmnAwareTests.assertThat(pi).hasPassed(StateMatrixReview.TASK_RECORD_NO_REPLY)
        .isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);
    assertLean(pi);
    Task approval = scenario.task(pi.getId(), StateMatrixReview.TASK_APPROVE_MATRIX);
    assertThat(approval.getName()).isEqualTo("Record the Committee's decision — Germany (DEU), " + year);
    assertThat(approval.getDueDate()).isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 6, 30, 23, 59, 59,
        999_000_000)));
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.NONE);
  }

  @Test
  void underTheTacitPolicyAMatrixWithoutCommentsIsApprovedAsCirculated() {
    year = 2042;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance pi = scenario.startReview("ITA", year, LocalDate.of(year, 5, 29),
        Map.of(MatrixCirculation.NO_REPLY_POLICY, MatrixProperties.NoReplyPolicy.TACIT_APPROVAL.name()));
    scenario.prepareAndSend(pi.getId(), "ITA");

    MatrixScenario.at(LocalDate.of(year, 5, 30), 8, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(StateMatrixReview.TASK_APPROVE_TACITLY)
        .hasNotPassed(StateMatrixReview.TASK_APPROVE_MATRIX);
    assertThat(reviews.approval(year, "ITA").orElseThrow().approvedOn()).isEqualTo(LocalDate.of(year, 5, 30));
  }

  @Test
  void lateCommentsWhileTheCommitteeDecidesAreFlaggedLateAndReviewedLikeTimelyOnes() {
    ProcessInstance pi = sentOnFirstOfMarch("ESP", 2043);
    MatrixScenario.at(LocalDate.of(year, 5, 30), 9, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);

    MatrixScenario.at(LocalDate.of(year, 6, 3), 9, 0);
    scenario.commentsReceived("ESP", year, LocalDate.of(year, 6, 2), "NV ESP 2043/17");

    BpmnAwareTests.assertThat(pi).hasPassed(StateMatrixReview.BOUNDARY_FURTHER_COMMENTS)
        .isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.LATE);
    assertThat(status(pi).commentsReceivedOn()).isEqualTo(LocalDate.of(year, 6, 2));
    assertThat((String) taskService.getVariable(scenario.task(pi.getId(),
        StateMatrixReview.TASK_REVIEW_COMMENTS).getId(), StateMatrixReview.ABOUT))
        .contains("after the deadline (29 May 2043)", "NV ESP 2043\\/17");
  }

  @Test
  void commentsRecordedAfterTheDeadlineButDatedBeforeItAreOnTime() {
    ProcessInstance pi = sentOnFirstOfMarch("SWE", 2043);
    MatrixScenario.at(LocalDate.of(year, 5, 30), 9, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);

    MatrixScenario.at(LocalDate.of(year, 6, 2), 9, 0);
    scenario.commentsReceived("SWE", year, LocalDate.of(year, 5, 28), "NV SWE 2043/4");

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
  }

  @Test
  void commentsAfterTheApprovalAreKeptForTheNextRound() {
    ProcessInstance pi = sentOnFirstOfMarch("PRT", 2044);
    MatrixScenario.at(LocalDate.of(year, 5, 30), 9, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    MatrixScenario.at(LocalDate.of(year, 6, 20), 9, 0);
    scenario.approve(pi.getId(), LocalDate.of(year, 6, 18));
    BpmnAwareTests.assertThat(pi).isEnded();

    MatrixScenario.at(LocalDate.of(year, 7, 2), 9, 0);
    scenario.commentsReceived("PRT", year, LocalDate.of(year, 7, 1), "NV PRT 2044/3");

    ProcessInstance afterApproval = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(MatrixLateComments.businessKey(year, "PRT")).singleResult();
    BpmnAwareTests.assertThat(afterApproval).hasPassed(MatrixLateComments.TASK_RECORD_LATE_COMMENTS).isActive();
    assertThat(reviews.earlierLateComments("PRT", year + 1)).contains("2044 round: received 2044-07-01, NV PRT 2044/3");
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.NONE);
  }

  @Test
  void theReminderGoesOutOnceFourteenDaysBeforeTheDeadline() {
    ProcessInstance pi = sentOnFirstOfMarch("ARG", 2045);
    Job reminder = scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE);
    assertThat(reminder.getDuedate()).isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 5, 15, 0, 0)));

    MatrixScenario.at(LocalDate.of(year, 5, 15), 0, 0);
    managementService.executeJob(reminder.getId());
    assertLean(pi);
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_REMINDER);

    List<Letter> reminders = letters(pi, LetterType.MATRIX_REMINDER);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).letterDate()).isEqualTo(LocalDate.of(year, 5, 15));
    assertThat(reminders.get(0).bodyText()).contains(letters(pi, LetterType.MATRIX_COVERING).get(0).symbol());
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.EVENT_COMMENTS_AWAITED);
    assertLean(pi);
    assertThat(scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE)).isNull();

    // A later extension re-enters the wait, but the State has had its reminder.
    MatrixScenario.at(LocalDate.of(year, 5, 20), 9, 0);
    scenario.extend("ARG", year, LocalDate.of(year, 6, 30));
    assertThat(scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE)).isNull();
    assertThat(letters(pi, LetterType.MATRIX_REMINDER)).hasSize(1);
    assertThat(status(pi).reminderSentOn()).isEqualTo(LocalDate.of(year, 5, 15));
  }

  @Test
  void anExtensionMovesBothTheReminderAndTheDeadlineTimers() {
    ProcessInstance pi = sentOnFirstOfMarch("BRA", 2046);

    MatrixScenario.at(LocalDate.of(year, 4, 10), 9, 0);
    scenario.extend("BRA", year, LocalDate.of(year, 6, 12));

    BpmnAwareTests.assertThat(pi).hasPassed(StateMatrixReview.BOUNDARY_DEADLINE_EXTENDED)
        .isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
    assertThat(scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 5, 29, 0, 0)));
    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 6, 12, 23, 59, 59, 999_000_000)));
    assertThat(status(pi).commentDeadline()).isEqualTo(LocalDate.of(year, 6, 12));
    assertThat(status(pi).deadlineExtended()).isTrue();
    assertThat(reviews.extensions(pi.getId())).singleElement().satisfies(e -> {
      assertThat(e.previousDeadline()).isEqualTo(LocalDate.of(year, 5, 29));
      assertThat(e.reason()).isEqualTo("The Mission asked for more time");
    });
    assertLean(pi);
  }

  @Test
  void aDeadlineExtendedWhileTheExpertsPrepareHoldsWhenTheMatrixIsSent() {
    ProcessInstance pi = started("JAM", 2046);
    MatrixScenario.at(LocalDate.of(year, 5, 25), 9, 0);
    scenario.extend("JAM", year, LocalDate.of(year, 7, 15));

    MatrixScenario.at(LocalDate.of(year, 6, 1), 9, 0);
    scenario.prepareAndSend(pi.getId(), "JAM");

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 7, 15, 23, 59, 59, 999_000_000)));
    assertThat(letters(pi, LetterType.MATRIX_COVERING).get(0).bodyText()).contains("15 July 2046");
  }

  @Test
  void anExtensionToAnEarlierDayIsRefusedAndChangesNothing() {
    ProcessInstance pi = sentOnFirstOfMarch("CAN", 2047);
    MatrixScenario.at(LocalDate.of(year, 4, 10), 9, 0);

    assertThatThrownBy(() -> scenario.extend("CAN", year, LocalDate.of(year, 5, 20)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("does not extend the current deadline");
    assertThatThrownBy(() -> scenario.extend("CAN", year + 1, LocalDate.of(year, 6, 20)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("has no open matrix review");

    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 5, 29, 23, 59, 59, 999_000_000)));
    assertThat(reviews.extensions(pi.getId())).isEmpty();
  }

  @Test
  void aConsultationSendsEachRevisionAndWaitsUnderItsOwnDeadline() {
    ProcessInstance pi = sentOnFirstOfMarch("MEX", 2048);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("MEX", year, null, null);

    scenario.review(pi.getId(), "2", LocalDate.of(year, 4, 30));
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_CONSULTATION);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
    assertThat(status(pi).onConsultation()).isTrue();
    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 4, 30, 23, 59, 59, 999_000_000)));
    assertThat(scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE)).isNull();
    assertLean(pi);

    MatrixScenario.at(LocalDate.of(year, 4, 20), 9, 0);
    scenario.commentsReceived("MEX", year, LocalDate.of(year, 4, 20), null);
    scenario.review(pi.getId(), "3", LocalDate.of(year, 5, 15));
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_CONSULTATION);

    MatrixScenario.at(LocalDate.of(year, 5, 16), 9, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX)
        .hasNotPassed(StateMatrixReview.TASK_APPROVE_TACITLY);
    assertThat(status(pi).noReply()).as("no further comments on a revision is not the State's silence").isFalse();

    List<Letter> consultations = letters(pi, LetterType.MATRIX_CONSULTATION);
    assertThat(consultations).extracting(Letter::occurrence).containsExactly(1, 2);
    assertThat(consultations.get(1).bodyText()).contains("rev-3.pdf");
    assertThat(status(pi).consultations()).isEqualTo(2);
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
    assertThat(status(pi).commentsReceivedOn()).isEqualTo(LocalDate.of(year, 4, 1));
    assertThat(comments.comments(pi.getId())).extracting(MatrixComment::onConsultation).containsExactly(false, true);
  }

  @Test
  void theCommitteeCanSendTheMatrixBackToTheExperts() {
    ProcessInstance pi = sentOnFirstOfMarch("NOR", 2049);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("NOR", year, null, null);
    scenario.review(pi.getId(), "2", null);

    scenario.complete(pi.getId(), StateMatrixReview.TASK_APPROVE_MATRIX,
        Map.of(StateMatrixReview.APPROVAL_DECISION, StateMatrixReview.DECISION_REVISION_REQUESTED));

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(status(pi).decision()).isEqualTo(StateMatrixReview.DECISION_REVISION_REQUESTED);
    assertThat(reviews.approval(year, "NOR")).isEmpty();
    assertThat((String) taskService.getVariable(scenario.task(pi.getId(),
        StateMatrixReview.TASK_REVIEW_COMMENTS).getId(), StateMatrixReview.MATRIX_VERSION)).isEqualTo("2");
  }

  @Test
  void anApprovalWithoutItsDateIsRefusedInTheForm() {
    ProcessInstance pi = sentOnFirstOfMarch("FIN", 2050);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("FIN", year, null, null);
    scenario.review(pi.getId(), "2", null);

    assertThatThrownBy(() -> scenario.complete(pi.getId(), StateMatrixReview.TASK_APPROVE_MATRIX,
        Map.of(StateMatrixReview.APPROVAL_DECISION, StateMatrixReview.DECISION_APPROVED)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("approvedOn is required");
    assertThatThrownBy(() -> scenario.complete(pi.getId(), StateMatrixReview.TASK_APPROVE_MATRIX,
        Map.of(StateMatrixReview.APPROVAL_DECISION, StateMatrixReview.DECISION_APPROVED,
            StateMatrixReview.APPROVED_ON, "04/01/2050")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("approvedOn must be a date written "
            + "year-month-day, such as 2027-05-29, not '04/01/2050'");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);
    assertThat(reviews.approval(year, "FIN")).isEmpty();
  }

  @Test
  void aMatrixWithoutAUsableLinkCannotBeSent() {
    ProcessInstance pi = started("BEL", 2051);

    for (String url : List.of("documents/BEL.pdf", "javascript:alert(1)")) {
      assertThatThrownBy(() -> scenario.complete(pi.getId(), StateMatrixReview.TASK_PREPARE_MATRIX, Map.of(
          StateMatrixReview.MATRIX_URL, url, StateMatrixReview.CHANGES_SUMMARY, "No changes")))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessageContaining("matrixUrl '" + url + "' is not a web link");
    }
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_PREPARE_MATRIX);
    assertThat(status(pi).matrixUrl()).isNull();
  }

  @Test
  void commentsDatedInTheFutureAreRefusedAndTheStateStillWaits() {
    ProcessInstance pi = sentOnFirstOfMarch("DNK", 2052);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);

    assertThatThrownBy(() -> scenario.commentsReceived("DNK", year, LocalDate.of(year, 4, 2), null))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("is in the future");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
    assertThat(comments.comments(pi.getId())).isEmpty();
  }

  @Test
  void aMissingMissionAddressGoesToTheSecretariatAndTheMatrixIsSentOnceItIsFixed() {
    String state = "TON";
    ProcessInstance pi = started(state, 2053);
    scenario.prepare(pi.getId(), state);
    jdbc.sql("UPDATE state_contact SET email = 'not-an-address' WHERE state_code = :state AND role = 'MISSION'")
        .param("state", state).update();
    try {
      scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_MATRIX);
      BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_FIX_ADDRESS_FOR_MATRIX);
      Task fix = scenario.task(pi.getId(), StateMatrixReview.TASK_FIX_ADDRESS_FOR_MATRIX);
      assertThat(fix.getName()).isEqualTo("Fix the Mission's address — Tonga (TON), 2053");
      assertThat(taskService.getIdentityLinksForTask(fix.getId())).anyMatch(link -> "secretariat".equals(link.getGroupId()));
      assertLean(pi);
    } finally {
      jdbc.sql("UPDATE state_contact SET email = :email WHERE state_code = :state AND role = 'MISSION'")
          .param("email", "mission.ton@example.org").param("state", state).update();
    }

    scenario.complete(pi.getId(), StateMatrixReview.TASK_FIX_ADDRESS_FOR_MATRIX, Map.of());
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_MATRIX);

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
    assertThat(letters(pi, LetterType.MATRIX_COVERING)).hasSize(1);
  }

  @Test
  void commentsAt2359NewYorkTimeAreOnTimeAndAtMidnightLateWhateverTheServersZone() {
    TimeZone original = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
    try {
      year = 2054;
      MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
      ProcessInstance round = scenario.startRound(year, "JPN, KOR", LocalDate.of(year, 5, 29), Map.of());
      scenario.startReviews(round);
      ProcessInstance onTime = scenario.review(round, "JPN");
      ProcessInstance late = scenario.review(round, "KOR");
      scenario.prepareAndSend(onTime.getId(), "JPN");
      scenario.prepareAndSend(late.getId(), "KOR");

      MatrixScenario.at(LocalDateTime.of(year, 5, 29, 23, 59));
      assertThat(managementService.createJobQuery().processInstanceId(onTime.getId()).timers()
          .duedateLowerThan(ClockUtil.getCurrentTime()).count())
          .as("due timers at 23:59 (only the reminder, long past)").isEqualTo(1);
      scenario.commentsReceived("JPN", year, LocalDate.of(year, 5, 29), null);

      MatrixScenario.at(LocalDateTime.of(year, 5, 30, 0, 0));
      Job deadline = scenario.job(late.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
      assertThat(deadline.getDuedate()).isBefore(ClockUtil.getCurrentTime());
      managementService.executeJob(deadline.getId());
      scenario.commentsReceived("KOR", year, LocalDate.of(year, 5, 30), null);

      BpmnAwareTests.assertThat(onTime).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
      assertThat(status(onTime).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
      BpmnAwareTests.assertThat(late).hasPassed(StateMatrixReview.TASK_RECORD_NO_REPLY)
          .isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
      assertThat(status(late).reply()).isEqualTo(StateMatrixStatus.Reply.LATE);
    } finally {
      TimeZone.setDefault(original);
    }
  }
}

package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;

/**
 * Scenarios of one State's matrix review, the clock driven in New York time. Each test has its own
 * review year, so that its messages correlate only to its own instances.
 */
@CommitteeTest
class StateMatrixReviewProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CorrespondenceRegister register;
  @Autowired MatrixReviewService reviews;
  @Autowired JdbcClient jdbc;

  MatrixScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  private ProcessInstance sentOnFirstOfMarch(String state, int year) {
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance pi = scenario.startReview(state, year, LocalDate.of(year, 5, 29), Map.of());
    scenario.prepareAndSend(pi.getId(), state);
    return pi;
  }

  private List<Letter> letters(ProcessInstance pi, LetterType type) {
    return register.forProcessInstance(pi.getId()).stream().filter(l -> l.type() == type).toList();
  }

  private StateMatrixStatus status(ProcessInstance pi) {
    return reviews.status(pi.getId()).orElseThrow();
  }

  @Test
  void commentsOnTimeAreReviewedAndTheApprovedMatrixIsRecordedInTheRegistry() {
    int year = 2040;
    ProcessInstance pi = sentOnFirstOfMarch("FRA", year);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
    assertThat(letters(pi, LetterType.MATRIX_COVERING)).hasSize(1);

    MatrixScenario.at(LocalDate.of(year, 4, 20), 10, 0);
    scenario.commentsReceived("FRA", year, LocalDate.of(year, 4, 20), "https://records.example.org/FRA/2040-04-20");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS)
        .variables().containsEntry(StateMatrixReview.COMMENTS_LATE, false);
    scenario.review(pi.getId(), "2", null);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);
    MatrixScenario.at(LocalDate.of(year, 4, 25), 15, 0);
    scenario.approve(pi.getId(), LocalDate.of(year, 4, 25));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(StateMatrixReview.TASK_RECORD_APPROVAL);
    MatrixApproval approval = reviews.approval(year, "FRA").orElseThrow();
    assertThat(approval.approvedOn()).isEqualTo(LocalDate.of(year, 4, 25));
    assertThat(approval.matrixVersion()).isEqualTo("2");
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
    assertThat(status(pi).open()).isFalse();
    assertThat(letters(pi, LetterType.MATRIX_REMINDER)).isEmpty();
  }

  @Test
  void withoutCommentsByTheDeadlineNoReplyIsRecordedAndTheCommitteeConsidersTheMatrixInJune() {
    int year = 2041;
    ProcessInstance pi = sentOnFirstOfMarch("DEU", year);
    Job deadline = scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);

    MatrixScenario.at(LocalDate.of(year, 5, 30), 0, 0);
    managementService.executeJob(deadline.getId());

    BpmnAwareTests.assertThat(pi).hasPassed(StateMatrixReview.TASK_RECORD_NO_REPLY)
        .isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);
    Task approval = scenario.task(pi.getId(), StateMatrixReview.TASK_APPROVE_MATRIX);
    assertThat(approval.getDueDate()).isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 6, 30, 23, 59, 59, 999_000_000)));
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.NONE);
  }

  @Test
  void underTheTacitPolicyAMatrixWithoutCommentsIsApprovedAsCirculated() {
    int year = 2042;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance pi = scenario.startReview("ITA", year, LocalDate.of(year, 5, 29),
        Map.of(StateMatrixReview.NO_REPLY_POLICY, MatrixProperties.NoReplyPolicy.TACIT_APPROVAL.name()));
    scenario.prepareAndSend(pi.getId(), "ITA");

    MatrixScenario.at(LocalDate.of(year, 5, 30), 8, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(StateMatrixReview.TASK_APPROVE_TACITLY)
        .hasNotPassed(StateMatrixReview.TASK_APPROVE_MATRIX);
    assertThat(reviews.approval(year, "ITA").orElseThrow().approvedOn()).isEqualTo(LocalDate.of(year, 5, 30));
  }

  @Test
  void lateCommentsBeforeTheApprovalAreFlaggedLateAndReviewedLikeTimelyOnes() {
    int year = 2043;
    ProcessInstance pi = sentOnFirstOfMarch("ESP", year);
    MatrixScenario.at(LocalDate.of(year, 5, 30), 9, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);

    MatrixScenario.at(LocalDate.of(year, 6, 3), 9, 0);
    scenario.commentsReceived("ESP", year, LocalDate.of(year, 6, 2), "NV ESP 2043/17");

    BpmnAwareTests.assertThat(pi).hasPassed(StateMatrixReview.BOUNDARY_FURTHER_COMMENTS)
        .isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS)
        .variables().containsEntry(StateMatrixReview.COMMENTS_LATE, true);
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.LATE);
    assertThat(status(pi).commentsReceivedOn()).isEqualTo(LocalDate.of(year, 6, 2));
  }

  @Test
  void commentsAfterTheApprovalAreKeptForTheNextRound() {
    int year = 2044;
    ProcessInstance pi = sentOnFirstOfMarch("PRT", year);
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
    int year = 2045;
    ProcessInstance pi = sentOnFirstOfMarch("ARG", year);
    Job reminder = scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE);
    assertThat(reminder.getDuedate()).isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 5, 15, 0, 0)));

    MatrixScenario.at(LocalDate.of(year, 5, 15), 0, 0);
    managementService.executeJob(reminder.getId());
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_REMINDER);

    List<Letter> reminders = letters(pi, LetterType.MATRIX_REMINDER);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).letterDate()).isEqualTo(LocalDate.of(year, 5, 15));
    assertThat(reminders.get(0).bodyText()).contains(letters(pi, LetterType.MATRIX_COVERING).get(0).symbol());
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.EVENT_COMMENTS_AWAITED);
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
    int year = 2046;
    ProcessInstance pi = sentOnFirstOfMarch("BRA", year);

    MatrixScenario.at(LocalDate.of(year, 4, 10), 9, 0);
    scenario.extend("BRA", year, LocalDate.of(year, 6, 12));

    BpmnAwareTests.assertThat(pi).hasPassed(StateMatrixReview.TASK_EXTEND_DEADLINE)
        .isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS)
        .variables().containsEntry(StateMatrixReview.COMMENT_DEADLINE, year + "-06-12");
    assertThat(scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 5, 29, 0, 0)));
    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 6, 12, 23, 59, 59, 999_000_000)));
    assertThat(status(pi).commentDeadline()).isEqualTo(LocalDate.of(year, 6, 12));
    assertThat(status(pi).deadlineExtended()).isTrue();
  }

  @Test
  void anExtensionToAnEarlierDayIsRefusedAndChangesNothing() {
    int year = 2047;
    ProcessInstance pi = sentOnFirstOfMarch("CAN", year);
    MatrixScenario.at(LocalDate.of(year, 4, 10), 9, 0);

    assertThatThrownBy(() -> scenario.extend("CAN", year, LocalDate.of(year, 5, 20)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("does not extend the current deadline");
    assertThatThrownBy(() -> scenario.extend("CAN", year + 1, LocalDate.of(year, 6, 20)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("is not waiting for comments");

    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 5, 29, 23, 59, 59, 999_000_000)));
  }

  @Test
  void aConsultationSendsEachRevisionAndWaitsUnderItsOwnDeadline() {
    int year = 2048;
    ProcessInstance pi = sentOnFirstOfMarch("MEX", year);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("MEX", year, null, null);

    scenario.review(pi.getId(), "2", LocalDate.of(year, 4, 30));
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_CONSULTATION);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS)
        .variables().containsEntry(StateMatrixReview.AWAITING, StateMatrixReview.AWAITING_CONSULTATION);
    assertThat(scenario.job(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED).getDuedate())
        .isEqualTo(MatrixScenario.newYork(LocalDateTime.of(year, 4, 30, 23, 59, 59, 999_000_000)));
    assertThat(scenario.job(pi.getId(), StateMatrixReview.EVENT_REMINDER_DUE)).isNull();

    MatrixScenario.at(LocalDate.of(year, 4, 20), 9, 0);
    scenario.commentsReceived("MEX", year, LocalDate.of(year, 4, 20), null);
    scenario.review(pi.getId(), "3", LocalDate.of(year, 5, 15));
    scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_CONSULTATION);

    MatrixScenario.at(LocalDate.of(year, 5, 16), 9, 0);
    scenario.executeJob(pi.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);

    List<Letter> consultations = letters(pi, LetterType.MATRIX_CONSULTATION);
    assertThat(consultations).extracting(Letter::occurrence).containsExactly(1, 2);
    assertThat(consultations.get(1).bodyText()).contains("rev-3.pdf");
    assertThat(status(pi).consultations()).isEqualTo(2);
    assertThat(status(pi).reply()).isEqualTo(StateMatrixStatus.Reply.ON_TIME);
    assertThat(status(pi).commentsReceivedOn()).isEqualTo(LocalDate.of(year, 4, 1));
  }

  @Test
  void theCommitteeCanSendTheMatrixBackToTheExperts() {
    int year = 2049;
    ProcessInstance pi = sentOnFirstOfMarch("NOR", year);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("NOR", year, null, null);
    scenario.review(pi.getId(), "2", null);

    scenario.complete(pi.getId(), StateMatrixReview.TASK_APPROVE_MATRIX,
        Map.of(StateMatrixReview.APPROVAL_DECISION, StateMatrixReview.DECISION_REVISION_REQUESTED));

    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS);
    assertThat(reviews.approval(year, "NOR")).isEmpty();
  }

  @Test
  void anApprovalWithoutItsDateIsRefusedInTheForm() {
    int year = 2050;
    ProcessInstance pi = sentOnFirstOfMarch("SWE", year);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);
    scenario.commentsReceived("SWE", year, null, null);
    scenario.review(pi.getId(), "2", null);

    assertThatThrownBy(() -> scenario.complete(pi.getId(), StateMatrixReview.TASK_APPROVE_MATRIX,
        Map.of(StateMatrixReview.APPROVAL_DECISION, StateMatrixReview.DECISION_APPROVED)))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("approvedOn");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_APPROVE_MATRIX);
  }

  @Test
  void aMatrixWithoutAUsableLinkCannotBeSent() {
    int year = 2051;
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance pi = scenario.startReview("FIN", year, LocalDate.of(year, 5, 29), Map.of());

    assertThatThrownBy(() -> scenario.complete(pi.getId(), StateMatrixReview.TASK_PREPARE_MATRIX, Map.of(
        StateMatrixReview.MATRIX_URL, "documents/FIN.pdf", StateMatrixReview.CHANGES_SUMMARY, "No changes")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("matrixUrl 'documents/FIN.pdf' is not a web link");
  }

  @Test
  void commentsDatedInTheFutureAreRefusedAndTheStateStillWaits() {
    int year = 2052;
    ProcessInstance pi = sentOnFirstOfMarch("DNK", year);
    MatrixScenario.at(LocalDate.of(year, 4, 1), 9, 0);

    assertThatThrownBy(() -> scenario.commentsReceived("DNK", year, LocalDate.of(year, 4, 2), null))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("is in the future");
    BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.SUBPROCESS_AWAIT_COMMENTS);
  }

  @Test
  void aMissingMissionAddressGoesToTheSecretariatAndTheMatrixIsSentOnceItIsFixed() {
    int year = 2053;
    String state = "TON";
    MatrixScenario.at(LocalDate.of(year, 3, 1), 9, 0);
    ProcessInstance pi = scenario.startReview(state, year, LocalDate.of(year, 5, 29), Map.of());
    scenario.prepare(pi.getId(), state);
    jdbc.sql("UPDATE state_contact SET email = 'not-an-address' WHERE state_code = :state AND role = 'MISSION'")
        .param("state", state).update();
    try {
      scenario.executeJob(pi.getId(), StateMatrixReview.TASK_SEND_MATRIX);
      BpmnAwareTests.assertThat(pi).isWaitingAt(StateMatrixReview.TASK_FIX_ADDRESS_FOR_MATRIX);
      assertThat(scenario.task(pi.getId(), StateMatrixReview.TASK_FIX_ADDRESS_FOR_MATRIX))
          .satisfies(task -> assertThat(taskService.getIdentityLinksForTask(task.getId()))
              .anyMatch(link -> "secretariat".equals(link.getGroupId())));
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
      int year = 2054;
      ProcessInstance onTime = sentOnFirstOfMarch("JPN", year);
      ProcessInstance late = sentOnFirstOfMarch("KOR", year);

      MatrixScenario.at(LocalDateTime.of(year, 5, 29, 23, 59));
      assertThat(managementService.createJobQuery().processInstanceId(onTime.getId()).timers()
          .duedateLowerThan(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).count())
          .as("due timers at 23:59 (only the reminder, long past)").isEqualTo(1);
      scenario.commentsReceived("JPN", year, LocalDate.of(year, 5, 29), null);

      MatrixScenario.at(LocalDateTime.of(year, 5, 30, 0, 0));
      Job deadline = scenario.job(late.getId(), StateMatrixReview.BOUNDARY_DEADLINE_PASSED);
      assertThat(deadline.getDuedate()).isBefore(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
      managementService.executeJob(deadline.getId());
      scenario.commentsReceived("KOR", year, LocalDate.of(year, 5, 30), null);

      BpmnAwareTests.assertThat(onTime).isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS)
          .variables().containsEntry(StateMatrixReview.COMMENTS_LATE, false);
      BpmnAwareTests.assertThat(late).hasPassed(StateMatrixReview.TASK_RECORD_NO_REPLY)
          .isWaitingAt(StateMatrixReview.TASK_REVIEW_COMMENTS)
          .variables().containsEntry(StateMatrixReview.COMMENTS_LATE, true);
    } finally {
      TimeZone.setDefault(original);
    }
  }
}

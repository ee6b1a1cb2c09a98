package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.Parallel;

/**
 * A round over all 193 Member States on H2. The States' jobs and tasks run four at a time, as a
 * job executor would run them, to show that parallel starts and parallel completions of the
 * States' reviews raise no optimistic-locking failure and no incident.
 */
@CommitteeTest
class MatrixRoundOfAllStatesTest {

  static final int YEAR = 2080;
  static final int THREADS = 4;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RegistryService registry;
  @Autowired MatrixRoundService rounds;

  MatrixScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
  }

  @Test
  void aRoundOverAllMemberStatesEndsWithTheRightSummary() throws Exception {
    MatrixScenario.at(LocalDate.of(YEAR, 3, 1), 9, 0);
    ProcessInstance round = runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY,
        Map.of(MatrixCirculation.REVIEW_YEAR, YEAR));
    List<String> states = List.copyOf(registry.states().keySet());
    assertThat(states).hasSize(193);

    List<Job> starts = managementService.createJobQuery().processInstanceId(round.getId()).messages().list();
    assertThat(starts).hasSize(193);
    Parallel.forEach(starts, THREADS, job -> managementService.executeJob(job.getId()));
    List<ProcessInstance> reviews = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(round.getId()).list();
    assertThat(reviews).hasSize(193);

    Parallel.forEach(reviews, THREADS, review -> scenario.prepareAndSend(review.getId(), stateOf(review)));
    List<String> onTime = states.subList(0, 100);
    List<String> late = states.subList(100, 140);

    MatrixScenario.at(LocalDate.of(YEAR, 5, 20), 9, 0);
    Parallel.forEach(onTime, THREADS, code -> scenario.commentsReceived(code, YEAR, null, null));
    MatrixScenario.at(LocalDate.of(YEAR, 5, 30), 0, 0);
    List<String> reviewIds = ids(reviews);
    List<Job> deadlines = managementService.createJobQuery().activityId(StateMatrixReview.BOUNDARY_DEADLINE_PASSED)
        .list().stream().filter(job -> reviewIds.contains(job.getProcessInstanceId())).toList();
    assertThat(deadlines).hasSize(93);
    Parallel.forEach(deadlines, THREADS, job -> managementService.executeJob(job.getId()));
    MatrixScenario.at(LocalDate.of(YEAR, 6, 2), 9, 0);
    Parallel.forEach(late, THREADS, code -> scenario.commentsReceived(code, YEAR, null, null));
    Parallel.forEach(tasks(reviews, StateMatrixReview.TASK_REVIEW_COMMENTS), THREADS,
        task -> scenario.review(task.getProcessInstanceId(), "2", null));

    MatrixScenario.at(LocalDate.of(YEAR, 6, 20), 9, 0);
    List<Task> approvals = tasks(reviews, StateMatrixReview.TASK_APPROVE_MATRIX);
    assertThat(approvals).hasSize(193);
    Parallel.forEach(approvals, THREADS,
        task -> scenario.approve(task.getProcessInstanceId(), LocalDate.of(YEAR, 6, 18)));

    // The round leaves each State's call activity in an exclusive job of its own instance: one at a time.
    List<Job> completions = managementService.createJobQuery().processInstanceId(round.getId()).messages().list();
    assertThat(completions).hasSize(193);
    for (Job job : completions) {
      managementService.executeJob(job.getId());
    }

    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    BpmnAwareTests.assertThat(round).isWaitingAt(MatrixCirculation.TASK_POST_MATRICES);
    RoundSummary summary = rounds.summaryOfYear(YEAR).orElseThrow();
    assertThat(summary.stateCount()).isEqualTo(193);
    assertThat(summary.sent()).isEqualTo(193);
    assertThat(summary.repliedOnTime()).isEqualTo(100);
    assertThat(summary.repliedLate()).isEqualTo(40);
    assertThat(summary.noReply()).isEqualTo(53);
    assertThat(summary.approved()).isEqualTo(193);
    assertThat(summary.stillOpen()).isZero();
    assertThat(summary.text()).contains("Replied late: 40", "No reply: 53");
    assertThat(runtimeService.getVariables(round.getId())).containsOnlyKeys(MatrixCirculation.REVIEW_YEAR,
        MatrixCirculation.REVIEWS_ENDED);
  }

  private List<Task> tasks(List<ProcessInstance> reviews, String taskKey) {
    return taskService.createTaskQuery().processInstanceIdIn(ids(reviews).toArray(String[]::new))
        .taskDefinitionKey(taskKey).list();
  }

  private static List<String> ids(List<ProcessInstance> reviews) {
    return reviews.stream().map(ProcessInstance::getId).toList();
  }

  private static String stateOf(ProcessInstance review) {
    return review.getBusinessKey().substring(review.getBusinessKey().lastIndexOf('-') + 1);
  }

}

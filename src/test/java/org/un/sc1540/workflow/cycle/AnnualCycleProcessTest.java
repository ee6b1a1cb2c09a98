package org.un.sc1540.workflow.cycle;

import java.time.LocalDate;
import org.un.sc1540.workflow.registry.OrganizationService;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.NonReportingStatesProcess;
import org.un.sc1540.workflow.routine.RoutineLettersDriver;
import org.un.sc1540.workflow.routine.RoutineLettersService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.un.sc1540.workflow.cycle.CycleDriver.at;
import static org.un.sc1540.workflow.cycle.CycleDriver.endOf;
import static org.un.sc1540.workflow.cycle.CycleDriver.justBefore;
import static org.un.sc1540.workflow.cycle.CycleDriver.startOf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.review.ComprehensiveReviewProcess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * AnnualCycleProcess with the engine clock moved through a whole year. Each test has a year of its
 * own (2079 for the whole year, which no other test uses: a review of the year would hold the
 * Chair's briefing; 2082-2095 for the others, which do not depend on it).
 */
@CommitteeTest
class AnnualCycleProcessTest {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final AnnualCycleService cycles;
  private final CycleDriver driver;
  private final ProcessEngine processEngine;
  private final RegistryService registry;
  private final RoutineLettersDriver routines;

  AnnualCycleProcessTest(ProcessEngine processEngine, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, IdentityService identityService, AnnualCycleService cycles,
      RegistryService registry, RoutineLettersService routineLetters, OrganizationService organizations) {
    this.registry = registry;
    this.routines = new RoutineLettersDriver(runtimeService, taskService, managementService, routineLetters,
        organizations);
    this.processEngine = processEngine;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.cycles = cycles;
    this.driver = new CycleDriver(runtimeService, taskService, managementService);
  }

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  private void assertStep(String cycleId, String stepId, String group, java.util.Date due, String name) {
    Task task = driver.task(cycleId, stepId);
    assertThat(task).as(stepId).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .as(stepId).containsExactly(group);
    assertThat(task.getDueDate()).as(stepId).isEqualTo(due);
    assertThat(task.getName()).isEqualTo(name);
  }

  @Test
  void everyStepIsReleasedOnItsDayAndDueAtTheEndOfItsDayInNewYork() {
    int year = 2079;
    at(year - 1, 12, 15, 10, 0);
    identityService.setAuthentication("coordinator", List.of(CommitteeGroups.COORDINATORS));
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(AnnualCycleProcess.KEY,
        new HashMap<>(Map.of(AnnualCycleProcess.YEAR, year)));
    identityService.clearAuthentication();
    String id = cycle.getId();
    assertThat(cycle.getBusinessKey()).isEqualTo("CYCLE-2079");
    driver.runJobs(id);
    justBefore(year, 1, 1);
    driver.runJobs(id);
    assertThat(driver.openSteps(id)).isEmpty();

    // 1 January: the programme of work, the first-quarter briefing, the first quarterly update, the yearly briefings.
    startOf(year, 1, 1);
    driver.runJobs(id);
    assertThat(driver.openSteps(id)).containsExactly("ASSISTANCE_UPDATE_Q1", "COUNCIL_BRIEFING", "JOINT_BRIEFING",
        "OPEN_BRIEFING", "PROGRAMME_ADOPT", "PROGRAMME_DRAFT");
    assertStep(id, "PROGRAMME_DRAFT", CommitteeGroups.SECRETARIAT, endOf(year, 1, 15),
        "Draft the programme of work — 2079");
    assertStep(id, "PROGRAMME_ADOPT", CommitteeGroups.COORDINATORS, endOf(year, 1, 31),
        "Adopt the programme of work and transmit it to the Council — 2079");
    assertThat(driver.task(id, "PROGRAMME_ADOPT").getDueDate().toInstant().toString())
        .isEqualTo("2079-02-01T04:59:59.999Z");
    assertStep(id, "COUNCIL_BRIEFING", CommitteeGroups.COORDINATORS, endOf(year, 3, 31),
        "Brief the Security Council (first quarter) — 2079");
    // New York keeps summer time from the second Sunday of March: 31 March ends at 03:59:59.999 UTC.
    assertThat(driver.task(id, "COUNCIL_BRIEFING").getDueDate().toInstant().toString())
        .isEqualTo("2079-04-01T03:59:59.999Z");
    assertStep(id, "ASSISTANCE_UPDATE_Q1", CommitteeGroups.COORDINATORS, endOf(year, 3, 31),
        "Record the quarterly update on assistance (Q1) — 2079");
    assertThat(driver.task(id, "ASSISTANCE_UPDATE_Q1").getDescription()).contains("ASSIST-UPDATE-2078-Q4");
    assertStep(id, "JOINT_BRIEFING", CommitteeGroups.COORDINATORS, endOf(year, 12, 31),
        "Hold the joint briefing with the 1267/1989/2253 and 1373 committees — 2079");
    assertStep(id, "OPEN_BRIEFING", CommitteeGroups.COORDINATORS, endOf(year, 12, 31),
        "Hold the open briefing for Member States and organizations — 2079");

    at(year, 1, 12, 11, 0);
    driver.complete(id, "PROGRAMME_DRAFT", "Draft programme circulated to members");
    at(year, 1, 28, 11, 0);
    driver.complete(id, "PROGRAMME_ADOPT", "Adopted; transmitted to the President of the Council");
    at(year, 2, 20, 11, 0);
    driver.complete(id, "JOINT_BRIEFING", "Joint briefing held");

    // March: the routine letters, nothing earlier. The cycle calls RoutineLettersProcess (ROUTINE-<year>),
    // whose reminder campaign is limited here to Kiribati, which has reported (the database is shared).
    registry.recordFirstReport("KIR", LocalDate.of(2004, 10, 28), "S/AC.44/2004/(02)/KIR");
    runtimeService.setVariable(id, NonReportingStatesProcess.STATE_CODES, "KIR");
    justBefore(year, 3, 1);
    driver.runJobs(id);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ROUTINE-" + year).count())
        .isZero();
    startOf(year, 3, 1);
    driver.runJobs(id);
    assertThat(driver.task(id, "MARCH_ROUTINE_LETTERS")).as("no task of the cycle's own").isNull();
    ProcessInstance routineLetters = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("ROUTINE-" + year).singleResult();
    assertThat(routineLetters).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).singleResult().getId())
        .isEqualTo(routineLetters.getId());
    routines.runJobs(routineLetters.getId());
    at(year, 3, 20, 11, 0);
    driver.complete(id, "COUNCIL_BRIEFING", "Chair briefed the Council");
    driver.complete(id, "ASSISTANCE_UPDATE_Q1", "Update given");
    routines.reviewAllExcludingEveryone(routineLetters.getId(), year);
    BpmnAwareTests.assertThat(routineLetters).isEnded();
    driver.runJobs(id);
    CycleStatus.Step march = cycles.status(year).steps().stream()
        .filter(s -> s.stepId().equals("MARCH_ROUTINE_LETTERS")).findFirst().orElseThrow();
    assertThat(march.state()).isEqualTo(CycleStatus.State.DONE);
    assertThat(march.documentSymbol()).isEqualTo("ROUTINE-" + year);
    assertThat(march.decision()).startsWith("ROUTINE-" + year + ": 0 letters sent");
    assertThat(march.outcomeDate()).hasToString(year + "-03-20");

    // The four quarterly updates, each released on the first day of its quarter.
    int[][] quarters = {{4, 6, 30}, {7, 9, 30}, {10, 12, 31}};
    for (int q = 0; q < quarters.length; q++) {
      String step = "ASSISTANCE_UPDATE_Q" + (q + 2);
      justBefore(year, quarters[q][0], 1);
      driver.runJobs(id);
      assertThat(driver.task(id, step)).as(step + " early").isNull();
      startOf(year, quarters[q][0], 1);
      driver.runJobs(id);
      assertStep(id, step, CommitteeGroups.COORDINATORS, endOf(year, quarters[q][1], quarters[q][2]),
          "Record the quarterly update on assistance (Q" + (q + 2) + ") — 2079");
      at(year, quarters[q][0], 20, 11, 0);
      driver.complete(id, step, "Update given");
    }

    // The annual review: the experts draft in November, the Committee adopts in December.
    justBefore(year, 11, 1);
    driver.runJobs(id);
    assertThat(driver.task(id, "ANNUAL_REVIEW_DRAFT")).isNull();
    startOf(year, 11, 1);
    driver.runJobs(id);
    assertStep(id, "ANNUAL_REVIEW_DRAFT", CommitteeGroups.EXPERTS, endOf(year, 11, 30),
        "Draft the annual review of implementation — 2079");
    at(year, 11, 25, 11, 0);
    driver.complete(id, "ANNUAL_REVIEW_DRAFT", "Draft ready");
    justBefore(year, 12, 1);
    driver.runJobs(id);
    assertThat(driver.task(id, "ANNUAL_REVIEW_ADOPT")).isNull();
    startOf(year, 12, 1);
    driver.runJobs(id);
    assertStep(id, "ANNUAL_REVIEW_ADOPT", CommitteeGroups.COORDINATORS, endOf(year, 12, 31),
        "Adopt and submit the annual review of implementation — 2079");
    assertThat(driver.task(id, "ANNUAL_REVIEW_ADOPT").getDueDate().toInstant().toString())
        .isEqualTo("2080-01-01T04:59:59.999Z");
    at(year, 12, 15, 11, 0);
    driver.complete(id, "OPEN_BRIEFING", "Open briefing held on the margins of the General Assembly");
    driver.complete(id, "ANNUAL_REVIEW_ADOPT", "Adopted and submitted");

    BpmnAwareTests.assertThat(cycle).isEnded();
    CycleStatus status = cycles.status(year);
    assertThat(status.status()).isEqualTo("COMPLETED");
    assertThat(status.steps()).hasSize(12).allSatisfy(s -> assertThat(s.state()).isEqualTo(CycleStatus.State.DONE));
    assertThat(status.steps()).filteredOn(s -> s.stepId().equals("PROGRAMME_ADOPT")).singleElement()
        .satisfies(s -> {
          assertThat(s.decision()).isEqualTo("Adopted; transmitted to the President of the Council");
          assertThat(s.documentSymbol()).isEqualTo("S/AC.44/TEST/PROGRAMME_ADOPT");
          assertThat(s.outcomeDate()).hasToString("2079-01-28");
        });
  }

  @Test
  void aSecondStartOfTheSameYearIsRefused() {
    int year = 2083;
    at(year, 1, 5, 10, 0);
    driver.start(year);

    assertThatThrownBy(() -> driver.start(year)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("The 2083 annual cycle is already running as CYCLE-2083");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CYCLE-2083").count())
        .isEqualTo(1);
  }

  @Test
  void aCycleDeletedInCockpitFreesItsYear() {
    int year = 2089;
    at(year, 1, 5, 10, 0);
    ProcessInstance first = driver.start(year);

    runtimeService.deleteProcessInstance(first.getId(), "Started by mistake");
    assertThat(cycles.status(year).status()).isEqualTo("CANCELLED");
    ProcessInstance second = driver.start(year);

    assertThat(second.getBusinessKey()).isEqualTo("CYCLE-2089");
    assertThat(cycles.status(year).processInstanceId()).isEqualTo(second.getId());
    assertThat(cycles.status(year).status()).isEqualTo("RUNNING");
    assertThat(driver.openSteps(second.getId())).contains("PROGRAMME_DRAFT");
  }

  @Test
  void aYearPastOrFarAheadIsRefused() {
    at(2087, 6, 1, 10, 0);

    assertThatThrownBy(() -> driver.start(2086)).hasMessageContaining("year must be 2087 or 2088");
    assertThatThrownBy(() -> driver.start(2089)).hasMessageContaining("year must be 2087 or 2088");
  }

  @Test
  void theProgrammeIsAdoptedOnlyOnceDraftedAndOnlyByCoordinators() {
    int year = 2086;
    at(year, 1, 3, 10, 0);
    ProcessInstance cycle = driver.start(year);

    Task adopt = driver.task(cycle.getId(), "PROGRAMME_ADOPT");
    assertThatThrownBy(() -> taskService.complete(adopt.getId(), CycleDriver.outcome("Adopted", "S/2086/1")))
        .hasMessageContaining("\"Draft the programme of work\" of 2086 is not done yet");
    Task draft = driver.task(cycle.getId(), "PROGRAMME_DRAFT");
    assertThatThrownBy(() -> cycles.complete(year, "PROGRAMME_DRAFT", "Drafted", null, null))
        .hasMessageContaining("Give the date of the outcome");
    identityService.setAuthentication("expert", List.of(CommitteeGroups.EXPERTS));
    assertThatThrownBy(() -> cycles.complete(year, "PROGRAMME_DRAFT", "Drafted",
        java.time.LocalDate.of(year, 1, 3), null)).hasMessageContaining("Only the secretariat may record");
    identityService.clearAuthentication();
    assertThat(driver.task(cycle.getId(), "PROGRAMME_DRAFT").getId()).isEqualTo(draft.getId());
  }

  @Test
  void inAReviewYearTheChairsBriefingIsLinkedToTheReviewInsteadOfDoneTwice() {
    int year = 2084;
    at(year, 1, 2, 9, 0);
    ProcessInstance review = runtimeService.startProcessInstanceByKey(ComprehensiveReviewProcess.KEY,
        new HashMap<>(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year, ComprehensiveReviewProcess.STATE_CODES,
            "SLB")));
    runReviewJobs(review.getId(), year);

    ProcessInstance cycle = driver.start(year);

    assertThat(driver.task(cycle.getId(), "COUNCIL_BRIEFING")).isNull();
    assertThat(driver.task(cycle.getId(), "PROGRAMME_DRAFT")).isNotNull();
    CycleStatus.Step briefing = cycles.status(year).steps().stream()
        .filter(s -> s.stepId().equals("COUNCIL_BRIEFING")).findFirst().orElseThrow();
    assertThat(briefing.linkedTo()).isEqualTo("REVIEW-2084 MAR_COUNCIL_PRESS_BRIEFING");
    assertThat(briefing.state()).isEqualTo(CycleStatus.State.OPEN);

    // March: the Chair briefs the Council once, recorded in the review; the cycle shows it done.
    startOf(year, 3, 1);
    runReviewJobs(review.getId(), year);
    driver.runJobs(cycle.getId());
    at(year, 3, 18, 15, 0);
    Task reviewBriefing = taskService.createTaskQuery()
        .processInstanceBusinessKey(ComprehensiveReviewProcess.stepBusinessKey(year, "MAR_COUNCIL_PRESS_BRIEFING"))
        .processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY).singleResult();
    taskService.complete(reviewBriefing.getId(), Map.of(ComprehensiveReviewProcess.DECISION, "Chair briefed the Council",
        ComprehensiveReviewProcess.OUTCOME_DATE, "2084-03-18", ComprehensiveReviewProcess.DOCUMENT_REFERENCE,
        "S/PV.2084/17"));
    runReviewJobs(review.getId(), year);

    CycleStatus.Step done = cycles.status(year).steps().stream()
        .filter(s -> s.stepId().equals("COUNCIL_BRIEFING")).findFirst().orElseThrow();
    assertThat(done.state()).isEqualTo(CycleStatus.State.DONE);
    assertThat(done.decision()).isEqualTo("Chair briefed the Council");
    assertThat(done.documentSymbol()).isEqualTo("S/PV.2084/17");
    assertThat(done.outcomeDate()).hasToString("2084-03-18");
    assertThat(driver.openSteps(cycle.getId())).doesNotContain("COUNCIL_BRIEFING");
  }

  /** Runs the due jobs of a review and of its steps (processes of their own, REVIEW-<year>-<stepId>). */
  private void runReviewJobs(String reviewId, int year) {
    driver.runJobs(reviewId);
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKeyLike(ComprehensiveReviewProcess.stepBusinessKey(year, "%")).list()
        .forEach(step -> driver.runJobs(step.getId()));
  }

  @Test
  void theScheduleStartsTheYearsCycleOnSecondJanuaryUnlessCoordinatorsDid() {
    Job timer = managementService.createJobQuery().processDefinitionKey(AnnualCycleProcess.SCHEDULE_KEY).timers()
        .singleResult();
    assertThat(timer.getDuedate().toInstant().atZone(org.un.sc1540.workflow.config.CommitteeClock.ZONE)
        .toLocalDateTime().toLocalTime()).hasToString("09:00");

    at(2085, 1, 2, 9, 0);
    managementService.executeJob(timer.getId());
    ProcessInstance started = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CYCLE-2085")
        .singleResult();
    assertThat(started).isNotNull();

    Job next = managementService.createJobQuery().processDefinitionKey(AnnualCycleProcess.SCHEDULE_KEY).timers()
        .singleResult();
    managementService.executeJob(next.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CYCLE-2085").count())
        .isEqualTo(1);
    assertThat(managementService.createJobQuery().withException().processDefinitionKey(AnnualCycleProcess.SCHEDULE_KEY)
        .count()).isZero();
  }
}

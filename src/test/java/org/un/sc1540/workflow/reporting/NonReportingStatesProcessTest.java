package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.registry.RegistryService;

/** NonReportingStatesProcess and its March schedule: which cycles a campaign starts. */
@CommitteeTest
class NonReportingStatesProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RegistryService registry;
  @Autowired ReminderCycleRegister cycles;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void aCampaignStartsOneCycleForEachChosenStateWithTheStateAsBusinessKey() {
    ProcessInstance campaign = startCampaign("[\"CAN\",\"DMA\"]");

    BpmnAwareTests.assertThat(campaign).isEnded().variables().containsEntry(NonReportingStatesProcess.CYCLES_STARTED, 2)
        .containsEntry(NonReportingStatesProcess.STATES_STARTED, "CAN, DMA");
    assertThat(cycleCount("CAN")).isEqualTo(1);
    assertThat(cycleCount("DMA")).isEqualTo(1);
  }

  @Test
  void aCampaignStartedTwiceStartsNothingTwice() {
    startCampaign("CUB, DJI");

    ProcessInstance second = startCampaign("CUB, DJI");

    BpmnAwareTests.assertThat(second).variables().containsEntry(NonReportingStatesProcess.CYCLES_STARTED, 0)
        .containsEntry(NonReportingStatesProcess.STATES_SKIPPED,
            "a reminder cycle is already running: CUB, DJI");
    assertThat(cycleCount("CUB")).isEqualTo(1);
    assertThat(cycleCount("DJI")).isEqualTo(1);
  }

  @Test
  void aCampaignSkipsStatesThatHaveReported() {
    registry.recordFirstReport("CRI", LocalDate.of(2005, 3, 14), "S/AC.44/2005/(02)/9");

    ProcessInstance campaign = startCampaign("CRI, CIV");

    BpmnAwareTests.assertThat(campaign).variables().containsEntry(NonReportingStatesProcess.STATES_STARTED, "CIV")
        .containsEntry(NonReportingStatesProcess.STATES_SKIPPED, "first report already recorded: CRI");
    assertThat(cycleCount("CRI")).isZero();
  }

  @Test
  void aCampaignWithAnUnknownStateIsRefusedNamingItAndStartsNothing() {
    assertThatThrownBy(() -> startCampaign("CYP, XKX, ZZZ")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Unknown State code(s) 'XKX', 'ZZZ'");

    assertThat(cycleCount("CYP")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NonReportingStatesProcess.KEY)
        .variableValueEquals(NonReportingStatesProcess.STATE_CODES, "CYP, XKX, ZZZ").count()).isZero();
  }

  @Test
  void theTasklistStartFormTakesCommaSeparatedCodesAndAYear() {
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(NonReportingStatesProcess.KEY).latestVersion().singleResult().getId();

    ProcessInstance campaign = formService.submitStartForm(definitionId, Map.of(
        NonReportingStatesProcess.CAMPAIGN_YEAR, 2026L,
        NonReportingStatesProcess.REMIND_ALL_STATES, false,
        NonReportingStatesProcess.STATE_CODES, " cze;dnk "));

    BpmnAwareTests.assertThat(campaign).variables().containsEntry(NonReportingStatesProcess.STATES_STARTED, "CZE, DNK");
    ProcessInstance cycle = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FirstReportReminderProcess.KEY).processInstanceBusinessKey("CZE").singleResult();
    // The year is the cycle register's fact; the cycle itself holds only the State's code.
    assertThat(cycles.find(cycle.getId()).orElseThrow().campaignYear()).isEqualTo(2026);
  }

  @Test
  void theTasklistStartFormWithNoStateAndWithoutRemindAllIsRefused() {
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(NonReportingStatesProcess.KEY).latestVersion().singleResult().getId();

    assertThatThrownBy(() -> formService.submitStartForm(definitionId, Map.of(
        NonReportingStatesProcess.REMIND_ALL_STATES, false, NonReportingStatesProcess.STATE_CODES, "")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Choose the States to remind");
  }

  @Test
  void aCampaignYearOutOfRangeIsRefused() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(NonReportingStatesProcess.STATE_CODES, "DOM");
    variables.put(NonReportingStatesProcess.CAMPAIGN_YEAR, 1999);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(NonReportingStatesProcess.KEY, variables))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("campaignYear must be a year between 2004")
        .hasMessageContaining("not 1999");
  }

  /**
   * The March letters: every State without a report and without a cycle gets one, each year on
   * 1 March at 09:00 New York; a second run starts nothing. Cleans up the cycles it started, which
   * other tests' States would otherwise find running.
   */
  @Test
  void eachFirstOfMarchAtNineInNewYorkEveryNonReportingStateWithoutACycleGetsOneAndOnlyOnce() {
    Job timer = managementService.createJobQuery().processDefinitionKey(NonReportingStatesScheduleProcess.KEY)
        .timers().singleResult();
    ZonedDateTime now = ZonedDateTime.now(CommitteeClock.ZONE);
    ZonedDateTime march = ZonedDateTime.of(now.getYear(), 3, 1, 9, 0, 0, 0, CommitteeClock.ZONE);
    assertThat(timer.getDuedate()).isEqualTo(Date.from((now.isBefore(march) ? march : march.plusYears(1)).toInstant()));
    List<String> expected = registry.statesWithoutFirstReport().stream().filter(code -> cycleCount(code) == 0).toList();

    managementService.executeJob(timer.getId());
    List<String> firstRun = Arrays.asList(campaignResults(NonReportingStatesProcess.STATES_STARTED).get(0).split(", "));
    try {
      Job nextYear = managementService.createJobQuery().processDefinitionKey(NonReportingStatesScheduleProcess.KEY)
          .timers().singleResult();
      managementService.executeJob(nextYear.getId());

      List<String> started = campaignResults(NonReportingStatesProcess.STATES_STARTED);
      assertThat(started).hasSize(2);
      assertThat(firstRun).containsExactlyElementsOf(expected);
      assertThat(started.get(1)).isEmpty();
    } finally {
      for (String code : firstRun) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(FirstReportReminderProcess.KEY)
            .processInstanceBusinessKey(code).list()
            .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test clean-up"));
      }
    }
  }

  private List<String> campaignResults(String variable) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(NonReportingStatesProcess.KEY).orderByProcessInstanceStartTime().asc().list().stream()
        .filter(p -> p.getSuperProcessInstanceId() != null)
        .map(p -> (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(p.getId())
            .variableName(variable).singleResult().getValue())
        .toList();
  }

  private ProcessInstance startCampaign(String stateCodes) {
    return runtimeService.startProcessInstanceByKey(NonReportingStatesProcess.KEY,
        Map.of(NonReportingStatesProcess.STATE_CODES, stateCodes));
  }

  private long cycleCount(String stateCode) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(FirstReportReminderProcess.KEY)
        .processInstanceBusinessKey(stateCode).count();
  }
}

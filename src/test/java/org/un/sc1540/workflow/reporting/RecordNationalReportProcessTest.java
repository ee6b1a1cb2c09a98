package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.RegistryService;

/** RecordNationalReportProcess, as Tasklist starts it with the "Record national report" form. */
@CommitteeTest
class RecordNationalReportProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired RegistryService registry;
  @Autowired ReminderCycleDriver driver;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void recordingAReportFromTasklistEndsTheStatesCycleAndUpdatesTheRegistry() {
    ProcessInstance cycle = driver.start("ECU");
    driver.sendNote(cycle);

    ProcessInstance recording = submit("ecu", driver.today().toString(), "S/AC.44/2026/(02)/1");

    BpmnAwareTests.assertThat(recording).isEnded().hasPassed(RecordNationalReportProcess.END_CYCLE_ENDED);
    BpmnAwareTests.assertThat(recording).variables().containsEntry(RecordNationalReportProcess.CYCLE_ENDED, true);
    assertThat(registry.firstReportDate("ECU")).contains(driver.today());
    BpmnAwareTests.assertThat(cycle).isWaitingAt(FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
    assertThat(registry.submissions().stream().filter(s -> s.stateCode().equals("ECU")).findFirst().orElseThrow()
        .reference()).isEqualTo("S/AC.44/2026/(02)/1");
  }

  @Test
  void recordingAReportForAStateWithoutACycleUpdatesTheRegistryAndSaysSo() {
    ProcessInstance recording = submit("EGY", "2004-10-28", "");

    BpmnAwareTests.assertThat(recording).isEnded().hasPassed(RecordNationalReportProcess.END_NO_CYCLE);
    assertThat(registry.firstReportDate("EGY")).contains(LocalDate.of(2004, 10, 28));
    BpmnAwareTests.assertThat(recording).variables().extractingByKey(RecordNationalReportProcess.RECORDING_RESULT)
        .asString().contains("No reminder cycle was running for EGY").contains("the registry is updated");
  }

  @Test
  void recordingAgainKeepsTheFirstDateAndSaysSo() {
    submit("ERI", "2006-01-10", "");

    ProcessInstance again = submit("ERI", "2007-02-02", "");

    assertThat(registry.firstReportDate("ERI")).contains(LocalDate.of(2006, 1, 10));
    BpmnAwareTests.assertThat(again).variables().extractingByKey(RecordNationalReportProcess.RECORDING_RESULT)
        .asString().contains("already held the first report of ERI, received 2006-01-10; that date is kept");
  }

  @Test
  void anUnknownStateIsRefusedWithItsCode() {
    assertThatThrownBy(() -> submit("XYZ", "2020-01-01", "")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Unknown State code 'XYZ'");
  }

  @Test
  void aDateThatIsNoDateIsRefused() {
    assertThatThrownBy(() -> submit("EST", "12/04/2020", "")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("reportReceivedOn '12/04/2020' is not a date in the form YYYY-MM-DD");
    assertThat(registry.firstReportDate("EST")).isEmpty();
  }

  private ProcessInstance submit(String stateCode, String receivedOn, String reference) {
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(RecordNationalReportProcess.KEY).latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>();
    form.put(RecordNationalReportProcess.STATE_CODE, stateCode);
    form.put(RecordNationalReportProcess.REPORT_RECEIVED_ON, receivedOn);
    form.put(RecordNationalReportProcess.REPORT_REFERENCE, reference);
    return formService.submitStartForm(definitionId, form);
  }
}

package org.un.sc1540.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The history level {@code full-without-details}: everything Cockpit and the audit read is kept as
 * at {@code full}, the log of every variable value is not written, and a database written at
 * {@code full} starts with it (and back).
 */
class CommitteeHistoryLevelTest {

  static final String PROCESS = "HistoryLevelProbe";
  static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess(PROCESS)
      .camundaHistoryTimeToLive(1)
      .startEvent("StartEvent_Started")
      .userTask("Task_Check").camundaCandidateGroups("secretariat")
      .endEvent("EndEvent_Checked")
      .done();

  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private ProcessEngine engine;

  @AfterEach
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void keepsInstancesActivitiesLatestVariablesAndTheOperationLogButNoVariableUpdates() {
    engine = start(CommitteeHistoryLevel.NAME);
    engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", MODEL).deploy();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
        Map.of("stateCode", "FRA", "matrixVersion", "1"));
    engine.getRuntimeService().setVariable(instance.getId(), "matrixVersion", "2");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getIdentityService().setAuthenticatedUserId("staff");
    try {
      engine.getTaskService().complete(task.getId(), Map.of("approvalDecision", "APPROVED"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
        .isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting("activityId").contains("StartEvent_Started", "Task_Check", "EndEvent_Checked");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished().count())
        .isEqualTo(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting("name", "value")
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("stateCode", "FRA"),
            org.assertj.core.groups.Tuple.tuple("matrixVersion", "2"),
            org.assertj.core.groups.Tuple.tuple("approvalDecision", "APPROVED"));
    assertThat(history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).userId("staff").count()).isEqualTo(1);
    assertThat(history.createHistoricDetailQuery().count()).as("variable updates and form fields").isZero();
  }

  @Test
  void aDatabaseWrittenAtFullStartsAtThisLevelAndGoesBack() {
    engine = start(ProcessEngineConfiguration.HISTORY_FULL);
    engine.close();

    engine = start(CommitteeHistoryLevel.NAME);
    assertThat(storedLevel()).isEqualTo(CommitteeHistoryLevel.ID);
    engine.close();

    engine = start(ProcessEngineConfiguration.HISTORY_FULL);
    assertThat(storedLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
  }

  private ProcessEngine start(String historyLevel) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("history-level-" + UUID.randomUUID());
    configuration.setDataSource(new DriverManagerDataSource(url, "sa", ""));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(historyLevel);
    configuration.setJobExecutorActivate(false);
    configuration.setDbMetricsReporterActivate(false);
    configuration.getProcessEnginePlugins().add(new CommitteeHistoryLevel());
    return configuration.buildProcessEngine();
  }

  private int storedLevel() {
    return Integer.parseInt(JdbcClient.create(new DriverManagerDataSource(url, "sa", ""))
        .sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'").query(String.class).single());
  }
}

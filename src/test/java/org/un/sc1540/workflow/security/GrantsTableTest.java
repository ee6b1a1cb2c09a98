package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * The README's grants table is what the engine grants: every deployed process has a row, and for
 * every group, every process and every action of the row the engine answers as the table says.
 */
@CommitteeTest
class GrantsTableTest {

  private static final List<String> GROUPS = List.of(CommitteeGroups.SECRETARIAT, CommitteeGroups.EXPERTS,
      CommitteeGroups.COORDINATORS, CommitteeGroups.WG_IMPLEMENTATION, CommitteeGroups.WG_ASSISTANCE,
      CommitteeGroups.WG_COOPERATION, CommitteeGroups.WG_TRANSPARENCY);

  private final AuthorizationService authorizations;
  private final RepositoryService repository;
  private final ObjectProvider<ExternalMessage> messages;

  GrantsTableTest(AuthorizationService authorizations, RepositoryService repository,
      ObjectProvider<ExternalMessage> messages) {
    this.authorizations = authorizations;
    this.repository = repository;
    this.messages = messages;
  }

  /** One row of the README's table. */
  record Row(String process, Set<String> start, Set<String> work, Set<String> senders, Set<String> messages,
      Set<String> watch, Set<String> modify) {}

  @Test
  void everyDeployedProcessHasARow() throws IOException {
    Set<String> deployed = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).collect(Collectors.toCollection(TreeSet::new));

    assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(deployed);
  }

  @Test
  void whoMayStartEachProcessIsWhatTheTableSays() throws IOException {
    for (Row row : table().values()) {
      for (String group : GROUPS) {
        assertThat(may(group, ProcessDefinitionPermissions.CREATE_INSTANCE, row.process()))
            .as("%s starts %s", group, row.process()).isEqualTo(row.start().contains(group));
      }
    }
  }

  @Test
  void whoMaySendEachProcessItsMessagesIsWhatTheTableSays() throws IOException {
    for (Row row : table().values()) {
      // A message that starts the process needs the right to start it; one that reaches a running
      // instance needs UPDATE on it.
      // Only a start event of the process itself: an event subprocess's message start reaches a running instance.
      boolean startedByMessage = model(row.process()).getModelElementsByType(StartEvent.class).stream()
          .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
          .anyMatch(start -> start.getEventDefinitions().stream().anyMatch(MessageEventDefinition.class::isInstance));
      for (String group : GROUPS) {
        boolean sends = may(group, ProcessDefinitionPermissions.UPDATE_INSTANCE, row.process())
            || startedByMessage && may(group, ProcessDefinitionPermissions.CREATE_INSTANCE, row.process());
        assertThat(sends).as("%s sends messages to %s", group, row.process()).isEqualTo(row.senders().contains(group));
      }
    }
  }

  @Test
  void theMessagesOfEachRowAreTheProcessesMessagesFromOutside() throws IOException {
    Set<String> external = messages.orderedStream().map(ExternalMessage::name).collect(Collectors.toSet());
    for (Row row : table().values()) {
      Set<String> inModel = model(row.process()).getModelElementsByType(Message.class).stream()
          .map(Message::getName).filter(external::contains).collect(Collectors.toCollection(TreeSet::new));
      assertThat(row.messages()).as("messages from outside of %s", row.process()).isEqualTo(inModel);
      assertThat(row.messages().isEmpty()).as("%s: senders without messages", row.process())
          .isEqualTo(row.senders().isEmpty());
    }
  }

  @Test
  void whoWorksEachProcessesTasksIsWhatItsModelSays() throws IOException {
    for (Row row : table().values()) {
      Set<String> literal = new TreeSet<>();
      for (UserTask task : model(row.process()).getModelElementsByType(UserTask.class)) {
        String groups = task.getCamundaCandidateGroups();
        if (groups != null && !groups.contains("${")) {
          Arrays.stream(groups.split(",")).map(String::strip).forEach(literal::add);
        }
      }
      assertThat(row.work()).as("candidate groups of %s", row.process()).containsAll(literal);
    }
  }

  @Test
  void onlyCoordinatorsWatchAndRetryAndNobodyButAdministratorsModifies() throws IOException {
    for (Row row : table().values()) {
      assertThat(row.watch()).as(row.process()).containsExactly(CommitteeGroups.COORDINATORS);
      assertThat(row.modify()).as(row.process()).containsExactly(CommitteeGroups.ADMINISTRATORS);
      for (String group : GROUPS) {
        boolean coordinator = group.equals(CommitteeGroups.COORDINATORS);
        assertThat(may(group, ProcessDefinitionPermissions.RETRY_JOB, row.process())).as("%s retries %s", group,
            row.process()).isEqualTo(coordinator);
        assertThat(may(group, ProcessDefinitionPermissions.READ_HISTORY, row.process())).as("%s watches %s", group,
            row.process()).isEqualTo(coordinator);
        assertThat(may(group, ProcessDefinitionPermissions.DELETE_INSTANCE, row.process())).isFalse();
        assertThat(may(group, ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, row.process())).isFalse();
        assertThat(may(group, ProcessDefinitionPermissions.MIGRATE_INSTANCE, row.process())).isFalse();
        assertThat(may(group, ProcessDefinitionPermissions.SUSPEND_INSTANCE, row.process())).isFalse();
      }
    }
  }

  private boolean may(String group, Permission permission, String processKey) {
    return authorizations.isUserAuthorized("someone-in-" + group, List.of(group), permission,
        Resources.PROCESS_DEFINITION, processKey);
  }

  private BpmnModelInstance model(String processKey) {
    return repository.getBpmnModelInstance(repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId());
  }

  /** The table under "### Who may do what" in the README. */
  static Map<String, Row> table() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf("### Who may do what");
    assertThat(start).as("README section '### Who may do what'").isNotNegative();
    Map<String, Row> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).toList().subList(1, 7);
      if (!cells.get(0).startsWith("`")) {
        continue;
      }
      String process = cells.get(0).replace("`", "");
      String sendCell = cells.get(3);
      Set<String> senders = new TreeSet<>();
      Set<String> sent = new TreeSet<>();
      if (sendCell.contains(":")) {
        groups(sendCell.substring(0, sendCell.indexOf(':')), senders);
        for (String name : sendCell.substring(sendCell.indexOf(':') + 1).split(",")) {
          sent.add(name.replace("`", "").strip());
        }
      }
      rows.put(process, new Row(process, groups(cells.get(1), new TreeSet<>()), groups(cells.get(2), new TreeSet<>()),
          senders, sent, groups(cells.get(4), new TreeSet<>()), groups(cells.get(5), new TreeSet<>())));
    }
    return rows;
  }

  /** Group ids in a cell: `secretariat`, `coordinators`; anything outside backticks is explanation. */
  private static Set<String> groups(String cell, Set<String> into) {
    List<String> parts = new ArrayList<>(Arrays.asList(cell.split("`")));
    for (int i = 1; i < parts.size(); i += 2) {
      into.add(parts.get(i).strip());
    }
    return into;
  }
}

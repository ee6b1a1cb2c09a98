package org.un.sc1540.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Deployment of the models as one set. The models are test copies in a temporary folder, so that
 * a test can change one; the deployments go to the shared test engine, so every assertion is
 * about the deployments a test made, not about totals.
 */
@CommitteeTest
class ModelDeploymentTest {

  private static final String TEST_MODELS = "model-deployment/";
  private static final String PROCESS = "bpmn/DeploymentCheck.bpmn";
  private static final String FORM = "forms/confirm-deployment.form";

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @TempDir
  Path folder;

  ModelDeploymentTest(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
      FormService formService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
  }

  @BeforeEach
  void copyTestModelsToTheFolder() throws IOException {
    for (String model : List.of(PROCESS, FORM)) {
      Path target = folder.resolve(model);
      Files.createDirectories(target.getParent());
      try (InputStream in = new ClassPathResource(TEST_MODELS + model).getInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  /** The test models leave the shared engine, so that its deployed processes are the application's. */
  @AfterEach
  void removeTheTestDeployments() {
    repositoryService.createProcessDefinitionQuery().processDefinitionKey("DeploymentCheck").list().stream()
        .map(ProcessDefinition::getDeploymentId).distinct()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment, true));
  }

  @Test
  void unchangedModelsDeployNothingNew() throws IOException {
    ModelDeployment modelDeployment = fromFolder();
    modelDeployment.deployModels();
    Set<String> deployed = deploymentIds();

    modelDeployment.deployModels();

    assertThat(deploymentIds()).isEqualTo(deployed);
  }

  @Test
  void aChangeToOneModelRedeploysTheWholeSet() throws IOException {
    ModelDeployment modelDeployment = fromFolder();
    modelDeployment.deployModels();
    Set<String> before = deploymentIds();
    byte[] unchangedForm = Files.readAllBytes(folder.resolve(FORM));

    renameProcess("Deployment check " + UUID.randomUUID());
    modelDeployment.deployModels();

    Set<String> created = new HashSet<>(deploymentIds());
    created.removeAll(before);
    assertThat(created).hasSize(1);
    String deploymentId = created.iterator().next();
    assertThat(repositoryService.getDeploymentResourceNames(deploymentId)).containsExactlyInAnyOrder(PROCESS, FORM);
    try (InputStream form = repositoryService.getResourceAsStream(deploymentId, FORM)) {
      assertThat(form.readAllBytes()).isEqualTo(unchangedForm);
    }
  }

  /** Why the whole set is redeployed: {@code formRefBinding="deployment"} looks only in its own deployment. */
  @Test
  void aRedeployedProcessFindsItsUnchangedFormInItsOwnDeployment() throws IOException {
    ModelDeployment modelDeployment = fromFolder();
    modelDeployment.deployModels();
    renameProcess("Deployment check " + UUID.randomUUID());
    modelDeployment.deployModels();
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("DeploymentCheck").latestVersion().singleResult();

    ProcessInstance instance = runtimeService.startProcessInstanceById(latest.getId());

    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      assertThat(form.readAllBytes()).isEqualTo(Files.readAllBytes(folder.resolve(FORM)));
    }
  }

  @Test
  void resourcesAreNamedByFolderAndFileWhereverTheyAreRead() throws IOException {
    List<String> fromClasspath = names(new ModelDeployment(repositoryService, resolver, "classpath*:" + TEST_MODELS));
    List<String> fromFolder = names(fromFolder());

    assertThat(fromClasspath).containsExactly(PROCESS, FORM);
    assertThat(fromFolder).isEqualTo(fromClasspath);
  }

  private ModelDeployment fromFolder() {
    return new ModelDeployment(repositoryService, resolver, folder.toUri().toString());
  }

  private void renameProcess(String name) throws IOException {
    Path process = folder.resolve(PROCESS);
    Files.writeString(process, Files.readString(process).replace("name=\"Deployment check\"", "name=\"" + name + "\""));
  }

  private Set<String> deploymentIds() {
    return repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).list().stream()
        .map(Deployment::getId).collect(Collectors.toSet());
  }

  private static List<String> names(ModelDeployment modelDeployment) throws IOException {
    return modelDeployment.findModels().stream().map(ModelDeployment.ModelResource::name).toList();
  }
}

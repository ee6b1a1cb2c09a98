package org.un.sc1540.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.un.sc1540.workflow.CommitteeWorkflowApplication;

/**
 * The application started, stopped and started again on the same file database, as an operator
 * restarts it: the second start must find everything in place and add nothing.
 */
class ApplicationRestartTest {

  @TempDir
  static Path dataFolder;

  private static boolean modelsOnClasspath;
  private static Snapshot afterFirstStart;
  private static Snapshot afterRestart;

  @BeforeAll
  static void startStopAndStartAgain() throws IOException {
    try (ConfigurableApplicationContext first = start()) {
      modelsOnClasspath = !first.getBean(ModelDeployment.class).findModels().isEmpty();
      afterFirstStart = Snapshot.of(first);
    }
    try (ConfigurableApplicationContext second = start()) {
      afterRestart = Snapshot.of(second);
    }
  }

  @Test
  void restartWithUnchangedModelsDeploysNothingNew() {
    assertThat(afterFirstStart.modelDeployments()).isEqualTo(modelsOnClasspath ? 1 : 0);
    assertThat(afterRestart.modelDeployments()).isEqualTo(afterFirstStart.modelDeployments());
  }

  @Test
  void restartKeepsUsersGroupsAndMembershipsAsTheyWere() {
    assertThat(afterFirstStart.membersByGroup()).containsKeys("secretariat", "experts", "coordinators", "camunda-admin");
    assertThat(afterRestart.users()).isEqualTo(afterFirstStart.users());
    assertThat(afterRestart.membersByGroup()).isEqualTo(afterFirstStart.membersByGroup());
  }

  @Test
  void restartAddsNoAuthorizationsOrFilters() {
    assertThat(afterRestart.authorizations()).isEqualTo(afterFirstStart.authorizations());
    assertThat(afterRestart.filters()).isEqualTo(afterFirstStart.filters());
  }

  /**
   * A unique engine name: Camunda registers engines JVM-wide by name, and the other test classes'
   * cached context owns the name "default" that the REST API looks up.
   */
  private static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CommitteeWorkflowApplication.class)
        .profiles("test")
        .run("--spring.datasource.url=jdbc:h2:file:" + dataFolder.resolve("db"),
            "--server.port=0",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            // Tasklist, Cockpit and Admin keep JVM-wide state (their engine lookup); started and
            // stopped here, they break the shared test context's web applications for the test
            // classes that run after this one.
            "--camunda.bpm.webapp.enabled=false");
  }

  record Snapshot(long modelDeployments, List<String> users, Map<String, List<String>> membersByGroup,
      long authorizations, long filters) {

    static Snapshot of(ConfigurableApplicationContext context) {
      IdentityService identities = context.getBean(IdentityService.class);
      Map<String, List<String>> membersByGroup = new TreeMap<>();
      for (Group group : identities.createGroupQuery().list()) {
        membersByGroup.put(group.getId(), identities.createUserQuery().memberOfGroup(group.getId())
            .orderByUserId().asc().list().stream().map(User::getId).toList());
      }
      return new Snapshot(
          context.getBean(RepositoryService.class).createDeploymentQuery()
              .deploymentName(ModelDeployment.DEPLOYMENT_NAME).count(),
          identities.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).toList(),
          membersByGroup,
          context.getBean(AuthorizationService.class).createAuthorizationQuery().count(),
          context.getBean(FilterService.class).createFilterQuery().count());
    }
  }
}

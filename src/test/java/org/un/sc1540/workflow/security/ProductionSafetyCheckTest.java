package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;
import org.un.sc1540.workflow.CommitteeWorkflowApplication;

class ProductionSafetyCheckTest {

  private static final String STRONG_PASSWORD = "correct-horse-battery-staple";

  private final ProductionSafetyCheck check = new ProductionSafetyCheck();

  @Test
  void refusesProductionWithoutAnAdministratorPassword() {
    MockEnvironment environment = production("admin-1540", "");

    assertRefused(environment, "camunda.bpm.admin-user.password is not set");
  }

  @Test
  void refusesProductionWithoutAnAdministratorId() {
    MockEnvironment environment = production("", STRONG_PASSWORD);

    assertRefused(environment, "camunda.bpm.admin-user.id is not set");
  }

  @Test
  void refusesTheDemonstrationPasswordAdmin() {
    MockEnvironment environment = production("admin-1540", "admin");

    assertRefused(environment, "camunda.bpm.admin-user.password is a demonstration value");
  }

  @Test
  void refusesTheDemonstrationPasswordDemo() {
    MockEnvironment environment = production("admin-1540", "demo");

    assertRefused(environment, "camunda.bpm.admin-user.password is a demonstration value");
  }

  @Test
  void refusesAPasswordShorterThanTwelveCharacters() {
    MockEnvironment environment = production("admin-1540", "Xk7#pQ2!");

    assertRefused(environment, "camunda.bpm.admin-user.password is shorter than 12 characters");
  }

  @Test
  void refusesProductionWithDemonstrationUsers() {
    MockEnvironment environment = production("admin-1540", STRONG_PASSWORD)
        .withProperty("committee.identity.demo-users[0].id", "staff")
        .withProperty("committee.identity.demo-users[0].password", "demo");

    assertRefused(environment, "committee.identity.demo-users lists demonstration users");
  }

  @Test
  void acceptsAStrongPasswordWithoutDemonstrationUsers() {
    MockEnvironment environment = production("admin-1540", STRONG_PASSWORD);

    assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void leavesOtherProfilesAlone() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", "admin")
        .withProperty("camunda.bpm.admin-user.password", "admin");
    environment.setActiveProfiles("test");

    assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void theApplicationRefusesToStartInProductionWithAWeakPassword() {
    SpringApplication application = new SpringApplication(CommitteeWorkflowApplication.class);

    assertThatThrownBy(() -> application.run("--spring.profiles.active=prod,test",
        "--camunda.bpm.admin-user.id=admin-1540", "--camunda.bpm.admin-user.password=short"))
        .hasMessageContaining("The prod profile refuses to start")
        .hasMessageContaining("camunda.bpm.admin-user.password is shorter than 12 characters");
  }

  /**
   * The real configuration files with the prod profile: application.yaml lists demonstration
   * users and application-prod.yaml removes them. An empty context, so no engine starts; the
   * check runs all the same, as every environment post-processor does.
   */
  @Test
  void theProductionConfigurationWithAStrongPasswordPassesTheCheck() {
    SpringApplicationBuilder application = new SpringApplicationBuilder(EmptyContext.class)
        .web(WebApplicationType.NONE)
        .profiles("prod", "test");

    try (ConfigurableApplicationContext context = application.run(
        "--camunda.bpm.admin-user.id=admin-1540", "--camunda.bpm.admin-user.password=" + STRONG_PASSWORD)) {
      assertThat(context.getEnvironment().getActiveProfiles()).contains("prod");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class EmptyContext {}

  private static MockEnvironment production(String adminId, String adminPassword) {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", adminId)
        .withProperty("camunda.bpm.admin-user.password", adminPassword);
    environment.setActiveProfiles("prod");
    return environment;
  }

  private void assertRefused(MockEnvironment environment, String problem) {
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("The prod profile refuses to start")
        .hasMessageContaining(problem);
  }
}

package org.un.sc1540.workflow.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile with the demonstration identities: no administrator
 * password, a demonstration password, or demonstration users. Runs before any bean exists, so a
 * refused start has created no user and touched no table.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String PROFILE = "prod";
  static final Set<String> DEMO_PASSWORDS =
      Set.of("", "admin", "demo", "password", "changeme", "camunda", "secret", "test");
  static final int MIN_PASSWORD_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
      return;
    }
    String adminId = environment.getProperty("camunda.bpm.admin-user.id", "");
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminId.isBlank()) {
      refuse("camunda.bpm.admin-user.id is not set (set COMMITTEE_ADMIN_ID)");
    }
    if (password.isBlank()) {
      refuse("camunda.bpm.admin-user.password is not set (set COMMITTEE_ADMIN_PASSWORD)");
    }
    if (DEMO_PASSWORDS.contains(password.toLowerCase(Locale.ROOT)) || password.equalsIgnoreCase(adminId)) {
      refuse("camunda.bpm.admin-user.password is a demonstration value");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      refuse("camunda.bpm.admin-user.password is shorter than " + MIN_PASSWORD_LENGTH + " characters");
    }
    // Bound, not read as a raw property: application-prod.yaml empties the list that
    // application.yaml fills, and only binding takes the list from the one source that wins.
    List<IdentityProperties.DemoUser> demoUsers = Binder.get(environment)
        .bind("committee.identity.demo-users", Bindable.listOf(IdentityProperties.DemoUser.class))
        .orElse(List.of());
    if (!demoUsers.isEmpty()) {
      refuse("committee.identity.demo-users lists demonstration users");
    }
  }

  private static void refuse(String reason) {
    throw new IllegalStateException("The prod profile refuses to start: " + reason);
  }
}

package org.un.sc1540.workflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The {@code prod} profile trusts no database it finds: before the web server takes its first
 * request, it refuses to start while the identity store holds a demonstration user of the default
 * run ({@code staff}, {@code expert}, ...) or any user whose password is a demonstration value
 * ({@code admin}, {@code demo}, ..., or the user's own id). {@link ProductionSafetyCheck} checks the
 * configuration; this checks the data, which a database copied from a default run brings along.
 *
 * <p>Passwords are compared with the engine's own password manager, which only reads: a real
 * sign-in attempt would count as a failed sign-in of each user.
 */
@Component
@Profile(ProductionSafetyCheck.PROFILE)
class ProductionIdentityCheck implements SmartInitializingSingleton {

  private final ProcessEngine processEngine;

  ProductionIdentityCheck(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The prod profile refuses to start: the identity store holds "
          + String.join("; ", problems) + ". Delete these users, or give them passwords of their own, "
          + "before starting in production (README, \"Production\")");
    }
  }

  List<String> problems() {
    IdentityService identityService = processEngine.getIdentityService();
    PasswordManager passwords =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getPasswordManager();
    Set<String> demoIds = demonstrationUserIds();
    Set<String> demoUsers = new TreeSet<>();
    Set<String> demoPasswords = new TreeSet<>();
    for (User user : identityService.createUserQuery().list()) {
      if (demoIds.contains(user.getId())) {
        demoUsers.add(user.getId());
      }
      if (user instanceof UserEntity entity && entity.getPassword() != null
          && hasDemonstrationPassword(passwords, entity)) {
        demoPasswords.add(user.getId());
      }
    }
    List<String> problems = new ArrayList<>();
    if (!demoUsers.isEmpty()) {
      problems.add("demonstration users of the default run (" + String.join(", ", demoUsers) + ")");
    }
    if (!demoPasswords.isEmpty()) {
      problems.add("users whose password is a demonstration value such as 'admin' or 'demo', or their own id ("
          + String.join(", ", demoPasswords) + ")");
    }
    return problems;
  }

  private static boolean hasDemonstrationPassword(PasswordManager passwords, UserEntity user) {
    Set<String> candidates = new TreeSet<>(ProductionSafetyCheck.DEMO_PASSWORDS);
    candidates.remove("");
    candidates.add(user.getId());
    candidates.add(user.getId().toLowerCase(Locale.ROOT));
    for (String candidate : candidates) {
      if (passwords.check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword())) {
        return true;
      }
    }
    return false;
  }

  /** The demonstration users that the default run creates, as application.yaml lists them (prod empties that list). */
  static Set<String> demonstrationUserIds() {
    try {
      List<PropertySource<?>> sources = new YamlPropertySourceLoader()
          .load("default-run", new ClassPathResource("application.yaml"));
      Binder binder = new Binder(ConfigurationPropertySources.from(sources));
      Set<String> ids = new TreeSet<>();
      binder.bind("committee.identity.demo-users", Bindable.listOf(IdentityProperties.DemoUser.class))
          .orElse(List.of()).forEach(user -> ids.add(user.id()));
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the default run's demonstration users from application.yaml", e);
    }
  }
}

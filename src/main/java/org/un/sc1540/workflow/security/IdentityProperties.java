package org.un.sc1540.workflow.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demonstration users of the default run. The {@code prod} profile sets none and refuses to
 * start while any is configured.
 */
@ConfigurationProperties("committee.identity")
public record IdentityProperties(List<DemoUser> demoUsers) {

  public IdentityProperties {
    demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
  }

  public record DemoUser(String id, String password, String firstName, String lastName, String email,
      List<String> groups) {

    public DemoUser {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }
  }
}

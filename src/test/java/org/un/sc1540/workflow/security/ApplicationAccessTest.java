package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.CommitteeTest;

/** Which Camunda web application each demonstration user may open. */
@CommitteeTest
class ApplicationAccessTest {

  private final AuthorizationService authorizations;
  private final IdentityService identities;

  ApplicationAccessTest(AuthorizationService authorizations, IdentityService identities) {
    this.authorizations = authorizations;
    this.identities = identities;
  }

  @Test
  void secretariatStaffOpenTasklistButNotCockpitOrAdmin() {
    assertThat(mayOpen("staff", "tasklist")).isTrue();
    assertThat(mayOpen("staff", "cockpit")).isFalse();
    assertThat(mayOpen("staff", "admin")).isFalse();
  }

  @Test
  void expertsOpenTasklistButNotCockpitOrAdmin() {
    assertThat(mayOpen("expert", "tasklist")).isTrue();
    assertThat(mayOpen("expert", "cockpit")).isFalse();
    assertThat(mayOpen("expert", "admin")).isFalse();
  }

  @Test
  void coordinatorsOpenCockpitAndTasklistButNotAdmin() {
    assertThat(mayOpen("coordinator", "cockpit")).isTrue();
    assertThat(mayOpen("coordinator", "tasklist")).isTrue();
    assertThat(mayOpen("coordinator", "admin")).isFalse();
  }

  @Test
  void administratorOpensAdmin() {
    assertThat(mayOpen("admin", "admin")).isTrue();
  }

  private boolean mayOpen(String userId, String application) {
    List<String> groups = identities.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, application);
  }
}

package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * The start-up's identity setup repairs what is missing or changed (it reads what exists in a few
 * queries and compares in memory), and leaves alone what an administrator added elsewhere.
 * Each test breaks one thing, runs the setup as a start would, and finds it repaired.
 */
@CommitteeTest
class IdentitySetupTest {

  private final IdentitySetup setup;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final IdentityService identity;

  IdentitySetupTest(IdentitySetup setup, AuthorizationService authorizations, FilterService filters,
      IdentityService identity) {
    this.setup = setup;
    this.authorizations = authorizations;
    this.filters = filters;
    this.identity = identity;
  }

  @Test
  void aMissingGrantIsGrantedAgain() {
    Authorization tasklist = grantOf(CommitteeGroups.EXPERTS, Resources.APPLICATION, "tasklist");
    authorizations.deleteAuthorization(tasklist.getId());

    setup.setUp();

    assertThat(grantOf(CommitteeGroups.EXPERTS, Resources.APPLICATION, "tasklist").isPermissionGranted(Permissions.ACCESS))
        .isTrue();
  }

  @Test
  void aPermissionTakenFromATableRowIsGivenBack() {
    Authorization watch = grantOf(CommitteeGroups.COORDINATORS, Resources.PROCESS_DEFINITION, ANY);
    watch.removePermission(ProcessDefinitionPermissions.RETRY_JOB);
    authorizations.saveAuthorization(watch);

    setup.setUp();

    assertThat(grantOf(CommitteeGroups.COORDINATORS, Resources.PROCESS_DEFINITION, ANY)
        .isPermissionGranted(ProcessDefinitionPermissions.RETRY_JOB)).isTrue();
  }

  @Test
  void aPermissionOnAProcessBeyondTheTableIsRemovedAndTheRowKept() {
    Authorization see = grantOf(CommitteeGroups.EXPERTS, Resources.PROCESS_DEFINITION, ANY);
    see.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(see);

    setup.setUp();

    Authorization after = grantOf(CommitteeGroups.EXPERTS, Resources.PROCESS_DEFINITION, ANY);
    assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
    assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.READ)).isTrue();
  }

  @Test
  void aGrantOnAProcessTheTableDoesNotNameIsRemoved() {
    grant(CommitteeGroups.WG_COOPERATION, Resources.PROCESS_DEFINITION, "IdentitySetupTestProcess",
        ProcessDefinitionPermissions.CREATE_INSTANCE);

    setup.setUp();

    assertThat(authorizations.createAuthorizationQuery().groupIdIn(CommitteeGroups.WG_COOPERATION)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("IdentitySetupTestProcess").count()).isZero();
  }

  @Test
  void aGrantAnAdministratorAddedOnAnotherResourceStays() {
    grant(CommitteeGroups.WG_ASSISTANCE, Resources.DEPLOYMENT, "identity-setup-test", Permissions.READ);

    setup.setUp();

    assertThat(grantOf(CommitteeGroups.WG_ASSISTANCE, Resources.DEPLOYMENT, "identity-setup-test")
        .isPermissionGranted(Permissions.READ)).isTrue();
  }

  @Test
  void aDeletedFilterIsCreatedAgainWithItsPriorityColumnsAndReaders() {
    Filter deleted = filters.createFilterQuery().filterName("Working group 4 tasks").singleResult();
    filters.deleteFilter(deleted.getId());

    setup.setUp();

    Filter again = filters.createFilterQuery().filterName("Working group 4 tasks").singleResult();
    assertThat(again.getProperties()).containsEntry("priority", IdentitySetup.GROUP_FILTER_PRIORITY)
        .containsKey("variables");
    assertThat(grantOf(CommitteeGroups.WG_TRANSPARENCY, Resources.FILTER, again.getId())
        .isPermissionGranted(Permissions.READ)).isTrue();
  }

  @Test
  void aFilterAnEarlierVersionPutFirstGetsItsPriorityBack() {
    Filter mine = filters.createFilterQuery().filterName("My tasks").singleResult();
    Map<String, Object> properties = new LinkedHashMap<>(mine.getProperties());
    properties.put("priority", -100);
    properties.remove("variables");
    filters.saveFilter(mine.setProperties(properties));

    setup.setUp();

    assertThat(filters.createFilterQuery().filterName("My tasks").singleResult().getProperties())
        .containsEntry("priority", IdentitySetup.MY_TASKS_PRIORITY).containsKey("variables");
  }

  @Test
  void aFilterReaderGrantDeletedIsGrantedAgain() {
    Filter mine = filters.createFilterQuery().filterName("My tasks").singleResult();
    authorizations.deleteAuthorization(grantOf(CommitteeGroups.WG_IMPLEMENTATION, Resources.FILTER, mine.getId()).getId());

    setup.setUp();

    assertThat(grantOf(CommitteeGroups.WG_IMPLEMENTATION, Resources.FILTER, mine.getId())
        .isPermissionGranted(Permissions.READ)).isTrue();
  }

  @Test
  void aDemonstrationUserTakenOutOfTheirGroupIsPutBack() {
    identity.deleteMembership("wg4", CommitteeGroups.WG_TRANSPARENCY);

    setup.setUp();

    assertThat(identity.createUserQuery().userId("wg4").memberOfGroup(CommitteeGroups.WG_TRANSPARENCY).count())
        .isOne();
  }

  @Test
  void aDeletedDemonstrationUserIsCreatedAgainInTheirGroup() {
    identity.deleteUser("wg3");

    setup.setUp();

    assertThat(identity.createUserQuery().userId("wg3").memberOfGroup(CommitteeGroups.WG_COOPERATION).count())
        .isOne();
    assertThat(identity.checkPassword("wg3", "demo")).isTrue();
  }

  @Test
  void aDeletedGroupIsCreatedAgain() {
    identity.deleteGroup(CommitteeGroups.WG_COOPERATION);

    setup.setUp();

    assertThat(identity.createGroupQuery().groupId(CommitteeGroups.WG_COOPERATION).singleResult().getName())
        .isEqualTo("Working group 3: cooperation with organizations");
    assertThat(identity.createUserQuery().userId("wg3").memberOfGroup(CommitteeGroups.WG_COOPERATION).count())
        .isOne();
  }

  private Authorization grantOf(String group, Resources resource, String resourceId) {
    Authorization found = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).singleResult();
    assertThat(found).as("%s on %s %s", group, resource.resourceName(), resourceId).isNotNull();
    assertThat(found.getAuthorizationType()).isEqualTo(AUTH_TYPE_GRANT);
    return found;
  }

  private void grant(String group, Resources resource, String resourceId,
      org.camunda.bpm.engine.authorization.Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}

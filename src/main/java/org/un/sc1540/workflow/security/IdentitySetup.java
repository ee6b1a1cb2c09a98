package org.un.sc1540.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the Committee's groups, their Camunda authorizations, their Tasklist filters and the
 * demonstration users. Idempotent: every start checks and adds only what is missing, and never
 * removes what an administrator granted in Admin.
 */
@Component
class IdentitySetup {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityProperties properties;

  IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, IdentityProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void setUp() {
    ensureGroup(CommitteeGroups.SECRETARIAT, "Secretariat staff");
    ensureGroup(CommitteeGroups.EXPERTS, "Group of experts");
    ensureGroup(CommitteeGroups.COORDINATORS, "Coordinators (working-group chairs, Chair's office)");
    ensureGroup(CommitteeGroups.ADMINISTRATORS, "Administrators");
    ensureGroup(CommitteeGroups.WG_IMPLEMENTATION, "Working group 1: monitoring and national implementation");
    ensureGroup(CommitteeGroups.WG_ASSISTANCE, "Working group 2: assistance");
    ensureGroup(CommitteeGroups.WG_COOPERATION, "Working group 3: cooperation with organizations");
    ensureGroup(CommitteeGroups.WG_TRANSPARENCY, "Working group 4: transparency and media outreach");
    grants().forEach((group, grants) -> grants.forEach((resource, permissions) ->
        ensureGrant(group, resource.resource(), resource.resourceId(), permissions)));
    ensureFilter("Secretariat tasks", CommitteeGroups.SECRETARIAT, -10,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.SECRETARIAT).includeAssignedTasks());
    ensureFilter("Group of experts' tasks", CommitteeGroups.EXPERTS, -10,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.EXPERTS).includeAssignedTasks());
    ensureFilter("Coordinators' tasks", CommitteeGroups.COORDINATORS, -10,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.COORDINATORS).includeAssignedTasks());
    ensureFilter("Working group 1 tasks", CommitteeGroups.WG_IMPLEMENTATION, -10,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_IMPLEMENTATION).includeAssignedTasks());
    ensureFilter("Working group 2 tasks", CommitteeGroups.WG_ASSISTANCE, -10,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_ASSISTANCE).includeAssignedTasks());
    ensureFilter("Working group 3 tasks", CommitteeGroups.WG_COOPERATION, -10,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_COOPERATION).includeAssignedTasks());
    ensureFilter("Working group 4 tasks", CommitteeGroups.WG_TRANSPARENCY, -10,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_TRANSPARENCY).includeAssignedTasks());
    ensureFilter("My tasks", ANY, -20, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    properties.demoUsers().forEach(this::ensureDemoUser);
  }

  /**
   * What each role needs and no more. Task permissions for the tasks a group is candidate for are
   * granted by the engine itself when the task is created (default task permissions).
   */
  static Map<String, Map<Grant, Permission[]>> grants() {
    Map<String, Map<Grant, Permission[]>> grants = new LinkedHashMap<>();
    Map<Grant, Permission[]> tasklistUser = new LinkedHashMap<>();
    tasklistUser.put(new Grant(Resources.APPLICATION, "tasklist"), new Permission[] {Permissions.ACCESS});
    // See and start processes from Tasklist's "Start process" and read their start forms.
    tasklistUser.put(new Grant(Resources.PROCESS_DEFINITION, ANY),
        new Permission[] {ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE});
    tasklistUser.put(new Grant(Resources.PROCESS_INSTANCE, ANY), new Permission[] {ProcessInstancePermissions.CREATE});
    grants.put(CommitteeGroups.SECRETARIAT, tasklistUser);
    grants.put(CommitteeGroups.EXPERTS, tasklistUser);
    // The review's working groups work in Tasklist exactly as the experts do.
    CommitteeGroups.WORKING_GROUPS.forEach(group -> grants.put(group, tasklistUser));

    Map<Grant, Permission[]> coordinator = new LinkedHashMap<>();
    coordinator.put(new Grant(Resources.APPLICATION, "tasklist"), new Permission[] {Permissions.ACCESS});
    coordinator.put(new Grant(Resources.APPLICATION, "cockpit"), new Permission[] {Permissions.ACCESS});
    // Inspect all process state, and resolve incidents (retry, which is an update).
    coordinator.put(new Grant(Resources.PROCESS_DEFINITION, ANY), new Permission[] {
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB});
    coordinator.put(new Grant(Resources.PROCESS_INSTANCE, ANY), new Permission[] {
        ProcessInstancePermissions.READ, ProcessInstancePermissions.CREATE, ProcessInstancePermissions.RETRY_JOB});
    coordinator.put(new Grant(Resources.TASK, ANY), new Permission[] {TaskPermissions.READ});
    coordinator.put(new Grant(Resources.HISTORIC_TASK, ANY), new Permission[] {HistoricTaskPermissions.READ});
    coordinator.put(new Grant(Resources.HISTORIC_PROCESS_INSTANCE, ANY),
        new Permission[] {HistoricProcessInstancePermissions.READ});
    coordinator.put(new Grant(Resources.DEPLOYMENT, ANY), new Permission[] {Permissions.READ});
    coordinator.put(new Grant(Resources.DECISION_DEFINITION, ANY), new Permission[] {Permissions.READ, Permissions.READ_HISTORY});
    coordinator.put(new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY), new Permission[] {Permissions.READ});
    grants.put(CommitteeGroups.COORDINATORS, coordinator);
    return grants;
  }

  record Grant(Resource resource, String resourceId) {}

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).singleResult() == null) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
      LOG.info("Group created: {}", id);
    }
  }

  private void ensureGrant(String groupId, Resource resource, String resourceId, Permission[] permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization.getAuthorizationType() != AUTH_TYPE_GRANT) {
      return;
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void ensureFilter(String name, String groupId, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> filterProperties = new LinkedHashMap<>();
      filterProperties.put("priority", priority);
      filterProperties.put("description", "Created by the 1540 Committee workflow");
      filter = filterService.newTaskFilter(name).setQuery(query).setProperties(filterProperties).setOwner(null);
      filterService.saveFilter(filter);
    }
    List<String> readers = ANY.equals(groupId) ? CommitteeGroups.STAFF : List.of(groupId);
    for (String reader : readers) {
      ensureGrant(reader, Resources.FILTER, filter.getId(), new Permission[] {Permissions.READ});
    }
  }

  private void ensureDemoUser(IdentityProperties.DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).singleResult() == null) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.email());
      user.setPassword(demo.password());
      identityService.saveUser(user);
      LOG.info("Demonstration user created: {}", demo.id());
    }
    for (String group : demo.groups()) {
      if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
        identityService.createMembership(demo.id(), group);
      }
    }
  }
}

package org.un.sc1540.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.un.sc1540.workflow.security.ProcessGrants.Grant;
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
  /**
   * Tasklist opens the filter with the lowest priority first: a person's group's tasks, which is
   * where new work appears, before "My tasks" (empty until they claim something).
   */
  static final int GROUP_FILTER_PRIORITY = -20;
  static final int MY_TASKS_PRIORITY = -10;
  /** Shown under each task in Tasklist's list, so that 193 States' tasks can be told apart and searched. */
  static final List<Map<String, String>> LIST_VARIABLES = List.of(
      Map.of("name", "stateCode", "label", "State"),
      Map.of("name", "reviewYear", "label", "Year"));

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityProperties properties;
  private final ObjectProvider<ProcessGrants> processGrants;

  IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, IdentityProperties properties,
      ObjectProvider<ProcessGrants> processGrants) {
    this.processGrants = processGrants;
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
    applyTable();
    ensureFilter("Secretariat tasks", CommitteeGroups.SECRETARIAT, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.SECRETARIAT).includeAssignedTasks());
    ensureFilter("Group of experts' tasks", CommitteeGroups.EXPERTS, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.EXPERTS).includeAssignedTasks());
    ensureFilter("Coordinators' tasks", CommitteeGroups.COORDINATORS, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.COORDINATORS).includeAssignedTasks());
    ensureFilter("Working group 1 tasks", CommitteeGroups.WG_IMPLEMENTATION, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_IMPLEMENTATION).includeAssignedTasks());
    ensureFilter("Working group 2 tasks", CommitteeGroups.WG_ASSISTANCE, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_ASSISTANCE).includeAssignedTasks());
    ensureFilter("Working group 3 tasks", CommitteeGroups.WG_COOPERATION, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_COOPERATION).includeAssignedTasks());
    ensureFilter("Working group 4 tasks", CommitteeGroups.WG_TRANSPARENCY, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_TRANSPARENCY).includeAssignedTasks());
    ensureFilter("My tasks", ANY, MY_TASKS_PRIORITY, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    properties.demoUsers().forEach(this::ensureDemoUser);
  }

  /**
   * The base of the table: what each role needs whatever the process. Starting a process and
   * sending it messages are granted per definition by the features ({@link ProcessGrants}); working
   * on a task is granted by the engine to the task's candidate group when the task is created
   * (READ, TASK_WORK and READ_VARIABLE on that task only).
   */
  static List<Grant> baseGrants() {
    List<Grant> grants = new ArrayList<>();
    for (String group : CommitteeGroups.STAFF) {
      if (group.equals(CommitteeGroups.ADMINISTRATORS)) {
        continue;
      }
      grants.add(grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
      // See the process definitions (names, diagrams, forms) in Tasklist; no right to start them.
      grants.add(grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
    }
    String coordinators = CommitteeGroups.COORDINATORS;
    grants.add(grant(coordinators, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    // Watch every process in Cockpit, and retry a failed job, which resolves its incident.
    grants.add(grant(coordinators, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
        ProcessDefinitionPermissions.RETRY_JOB));
    grants.add(grant(coordinators, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
        ProcessInstancePermissions.RETRY_JOB));
    grants.add(grant(coordinators, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE));
    grants.add(grant(coordinators, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ,
        HistoricTaskPermissions.READ_VARIABLE));
    grants.add(grant(coordinators, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
    grants.add(grant(coordinators, Resources.DEPLOYMENT, ANY, Permissions.READ));
    grants.add(grant(coordinators, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
    grants.add(grant(coordinators, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    return grants;
  }

  /** The whole table: the base and every feature's rows, one row per group and resource. */
  List<Grant> table() {
    Map<List<Object>, Grant> rows = new LinkedHashMap<>();
    List<Grant> all = new ArrayList<>(baseGrants());
    processGrants.orderedStream().forEach(contribution -> all.addAll(contribution.grants()));
    for (Grant grant : all) {
      rows.merge(List.of(grant.groupId(), grant.resource().resourceType(), grant.resourceId()), grant, Grant::merge);
    }
    // Whoever starts a process creates its instance.
    all.stream().filter(g -> g.permissions().contains(ProcessDefinitionPermissions.CREATE_INSTANCE))
        .map(Grant::groupId).distinct()
        .forEach(group -> rows.merge(List.of(group, Resources.PROCESS_INSTANCE.resourceType(), ANY),
            grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE), Grant::merge));
    return List.copyOf(rows.values());
  }

  private static Grant grant(String group, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(group, resource, resourceId, Set.of(permissions));
  }

  /**
   * Makes the Committee's groups' grants on process definitions and instances exactly the table's:
   * rows the table does not name are removed (an earlier version granted more), rows it names get
   * exactly its permissions. Other resources only get what is missing.
   */
  private void applyTable() {
    List<Grant> table = table();
    for (String group : CommitteeGroups.STAFF) {
      if (group.equals(CommitteeGroups.ADMINISTRATORS)) {
        continue;
      }
      for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
        for (Authorization existing : authorizationService.createAuthorizationQuery().groupIdIn(group)
            .resourceType(resource).list()) {
          boolean named = table.stream().anyMatch(g -> g.groupId().equals(group)
              && g.resource().resourceType() == resource.resourceType() && g.resourceId().equals(existing.getResourceId()));
          if (!named && existing.getAuthorizationType() == AUTH_TYPE_GRANT) {
            authorizationService.deleteAuthorization(existing.getId());
            LOG.info("Grant removed, not in the table: {} on {} {}", group, resource.resourceName(),
                existing.getResourceId());
          }
        }
      }
    }
    for (Grant grant : table) {
      boolean exact = grant.resource().resourceType() == Resources.PROCESS_DEFINITION.resourceType()
          || grant.resource().resourceType() == Resources.PROCESS_INSTANCE.resourceType();
      ensureGrant(grant.groupId(), grant.resource(), grant.resourceId(),
          grant.permissions().toArray(Permission[]::new), exact);
    }
  }

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
    ensureGrant(groupId, resource, resourceId, permissions, false);
  }

  private void ensureGrant(String groupId, Resource resource, String resourceId, Permission[] permissions,
      boolean exact) {
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
    if (exact && !changed) {
      Set<Permission> wanted = Set.of(permissions);
      for (Permission granted : authorizationService.createAuthorizationQuery().authorizationId(authorization.getId())
          .singleResult().getPermissions(ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))) {
        if (!wanted.contains(granted) && !granted.getName().equals("NONE") && !granted.getName().equals("ALL")) {
          authorization.removePermission(granted);
          changed = true;
        }
      }
    }
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
      filterProperties.put("variables", LIST_VARIABLES);
      filter = filterService.newTaskFilter(name).setQuery(query).setProperties(filterProperties).setOwner(null);
      filterService.saveFilter(filter);
    } else if (!Integer.valueOf(priority).equals(filter.getProperties().get("priority"))
        || !filter.getProperties().containsKey("variables")) {
      // An earlier version put "My tasks" first and showed no State in the list.
      Map<String, Object> filterProperties = new LinkedHashMap<>(filter.getProperties());
      filterProperties.put("priority", priority);
      filterProperties.putIfAbsent("variables", LIST_VARIABLES);
      filterService.saveFilter(filter.setProperties(filterProperties));
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

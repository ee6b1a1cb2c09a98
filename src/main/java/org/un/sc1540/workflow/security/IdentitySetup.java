package org.un.sc1540.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
    // Every start checks all of this, so it reads what exists with one query per kind (groups,
    // authorizations, filters, users) and compares in memory: asking the engine row by row took
    // 127 statements, each its own command and transaction, on every start; now 11.
    Existing existing = new Existing();
    ensureGroup(existing, CommitteeGroups.SECRETARIAT, "Secretariat staff");
    ensureGroup(existing, CommitteeGroups.EXPERTS, "Group of experts");
    ensureGroup(existing, CommitteeGroups.COORDINATORS, "Coordinators (working-group chairs, Chair's office)");
    ensureGroup(existing, CommitteeGroups.ADMINISTRATORS, "Administrators");
    ensureGroup(existing, CommitteeGroups.WG_IMPLEMENTATION, "Working group 1: monitoring and national implementation");
    ensureGroup(existing, CommitteeGroups.WG_ASSISTANCE, "Working group 2: assistance");
    ensureGroup(existing, CommitteeGroups.WG_COOPERATION, "Working group 3: cooperation with organizations");
    ensureGroup(existing, CommitteeGroups.WG_TRANSPARENCY, "Working group 4: transparency and media outreach");
    applyTable(existing);
    ensureFilter(existing, "Secretariat tasks", CommitteeGroups.SECRETARIAT, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.SECRETARIAT).includeAssignedTasks());
    ensureFilter(existing, "Group of experts' tasks", CommitteeGroups.EXPERTS, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.EXPERTS).includeAssignedTasks());
    ensureFilter(existing, "Coordinators' tasks", CommitteeGroups.COORDINATORS, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.COORDINATORS).includeAssignedTasks());
    ensureFilter(existing, "Working group 1 tasks", CommitteeGroups.WG_IMPLEMENTATION, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_IMPLEMENTATION).includeAssignedTasks());
    ensureFilter(existing, "Working group 2 tasks", CommitteeGroups.WG_ASSISTANCE, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_ASSISTANCE).includeAssignedTasks());
    ensureFilter(existing, "Working group 3 tasks", CommitteeGroups.WG_COOPERATION, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_COOPERATION).includeAssignedTasks());
    ensureFilter(existing, "Working group 4 tasks", CommitteeGroups.WG_TRANSPARENCY, GROUP_FILTER_PRIORITY,
        taskService.createTaskQuery().taskCandidateGroup(CommitteeGroups.WG_TRANSPARENCY).includeAssignedTasks());
    ensureFilter(existing, "My tasks", ANY, MY_TASKS_PRIORITY,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureDemoUsers(properties.demoUsers());
  }

  /**
   * What the engine holds at the start of {@link #setUp()}: the Committee's groups, every
   * authorization of a group the setup touches, and the filters by name. Kept up to date with what
   * the setup itself creates, changes and removes, so that each check sees what a query would.
   */
  private final class Existing {

    final Set<String> groups = new HashSet<>();
    final Map<List<Object>, List<Authorization>> authorizations = new HashMap<>();
    final Map<String, List<Filter>> filters = new HashMap<>();

    Existing() {
      identityService.createGroupQuery().groupIdIn(CommitteeGroups.STAFF.toArray(String[]::new))
          .list().forEach(group -> groups.add(group.getId()));
      Set<String> touched = new HashSet<>(CommitteeGroups.STAFF);
      table().forEach(grant -> touched.add(grant.groupId()));
      for (Authorization authorization : authorizationService.createAuthorizationQuery()
          .groupIdIn(touched.toArray(String[]::new)).list()) {
        authorizations.computeIfAbsent(key(authorization.getGroupId(), authorization.getResourceType(),
            authorization.getResourceId()), k -> new ArrayList<>()).add(authorization);
      }
      filterService.createFilterQuery().list()
          .forEach(filter -> filters.computeIfAbsent(filter.getName(), k -> new ArrayList<>()).add(filter));
    }

    List<Authorization> of(String groupId, int resourceType) {
      List<Authorization> found = new ArrayList<>();
      authorizations.forEach((key, list) -> {
        if (key.get(0).equals(groupId) && key.get(1).equals(resourceType)) {
          found.addAll(list);
        }
      });
      return found;
    }

    /** The one authorization of a group on a resource; more than one fails as the engine's singleResult does. */
    Authorization single(String groupId, Resource resource, String resourceId) {
      List<Authorization> found = authorizations.getOrDefault(key(groupId, resource.resourceType(), resourceId), List.of());
      if (found.size() > 1) {
        return authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
            .resourceId(resourceId).singleResult();
      }
      return found.isEmpty() ? null : found.get(0);
    }

    void removed(Authorization authorization) {
      authorizations.getOrDefault(key(authorization.getGroupId(), authorization.getResourceType(),
          authorization.getResourceId()), new ArrayList<>()).remove(authorization);
    }

    void saved(Authorization authorization) {
      List<Authorization> list = authorizations.computeIfAbsent(key(authorization.getGroupId(),
          authorization.getResourceType(), authorization.getResourceId()), k -> new ArrayList<>());
      if (!list.contains(authorization)) {
        list.add(authorization);
      }
    }

    /** The filter with this name; more than one fails as the engine's singleResult does. */
    Filter filter(String name) {
      List<Filter> found = filters.getOrDefault(name, List.of());
      if (found.size() > 1) {
        return filterService.createFilterQuery().filterName(name).singleResult();
      }
      return found.isEmpty() ? null : found.get(0);
    }

    private static List<Object> key(String groupId, int resourceType, String resourceId) {
      return Arrays.asList(groupId, resourceType, resourceId);
    }
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
  private void applyTable(Existing existing) {
    List<Grant> table = table();
    for (String group : CommitteeGroups.STAFF) {
      if (group.equals(CommitteeGroups.ADMINISTRATORS)) {
        continue;
      }
      for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
        for (Authorization found : existing.of(group, resource.resourceType())) {
          boolean named = table.stream().anyMatch(g -> g.groupId().equals(group)
              && g.resource().resourceType() == resource.resourceType() && g.resourceId().equals(found.getResourceId()));
          if (!named && found.getAuthorizationType() == AUTH_TYPE_GRANT) {
            authorizationService.deleteAuthorization(found.getId());
            existing.removed(found);
            LOG.info("Grant removed, not in the table: {} on {} {}", group, resource.resourceName(),
                found.getResourceId());
          }
        }
      }
    }
    for (Grant grant : table) {
      boolean exact = grant.resource().resourceType() == Resources.PROCESS_DEFINITION.resourceType()
          || grant.resource().resourceType() == Resources.PROCESS_INSTANCE.resourceType();
      ensureGrant(existing, grant.groupId(), grant.resource(), grant.resourceId(),
          grant.permissions().toArray(Permission[]::new), exact);
    }
  }

  private void ensureGroup(Existing existing, String id, String name) {
    if (!existing.groups.contains(id)) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
      existing.groups.add(id);
      LOG.info("Group created: {}", id);
    }
  }

  private void ensureGrant(Existing existing, String groupId, Resource resource, String resourceId,
      Permission[] permissions, boolean exact) {
    Authorization authorization = existing.single(groupId, resource, resourceId);
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
      for (Permission granted : authorization.getPermissions(
          ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))) {
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
      existing.saved(authorizationService.saveAuthorization(authorization));
    }
  }

  private void ensureFilter(Existing existing, String name, String groupId, int priority, TaskQuery query) {
    Filter filter = existing.filter(name);
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
      ensureGrant(existing, reader, Resources.FILTER, filter.getId(), new Permission[] {Permissions.READ}, false);
    }
  }

  /** One query for the demonstration users that exist, and one per existing user for its groups. */
  private void ensureDemoUsers(List<IdentityProperties.DemoUser> demoUsers) {
    if (demoUsers.isEmpty()) {
      return;
    }
    Set<String> users = new HashSet<>();
    identityService.createUserQuery().userIdIn(demoUsers.stream().map(IdentityProperties.DemoUser::id)
        .toArray(String[]::new)).list().forEach(user -> users.add(user.getId()));
    for (IdentityProperties.DemoUser demo : demoUsers) {
      Set<String> memberOf = new HashSet<>();
      if (users.contains(demo.id())) {
        identityService.createGroupQuery().groupMember(demo.id()).list().forEach(group -> memberOf.add(group.getId()));
      } else {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(demo.password());
        identityService.saveUser(user);
        users.add(demo.id());
        LOG.info("Demonstration user created: {}", demo.id());
      }
      for (String group : demo.groups()) {
        if (memberOf.add(group)) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
  }
}

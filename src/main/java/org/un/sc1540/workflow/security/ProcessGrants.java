package org.un.sc1540.workflow.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What a feature adds to the Committee's grants on its own process definitions: who may start
 * them and who may send them their messages from outside. Each feature package has one bean of
 * this type; {@link IdentitySetup} applies them with the base grants, and the README's table
 * states them (GrantsTableTest compares the two).
 */
public interface ProcessGrants {

  List<Grant> grants();

  /** One row: a group's permissions on one resource. */
  record Grant(String groupId, Resource resource, String resourceId, Set<Permission> permissions) {

    public Grant {
      permissions = Set.copyOf(permissions);
    }

    /** Start the process from Tasklist or REST (CREATE_INSTANCE; CREATE on instances is granted with it). */
    public static Grant start(String groupId, String processKey) {
      return new Grant(groupId, Resources.PROCESS_DEFINITION, processKey,
          Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }

    /**
     * Send the process's messages from outside ({@link ExternalMessage}; the engine asks UPDATE on
     * the instance for a correlation) and see its instances. Everything else UPDATE would allow —
     * modification, variables, jobs — is refused by {@link EngineRules} for all but administrators.
     */
    public static Grant sendMessages(String groupId, String processKey) {
      return new Grant(groupId, Resources.PROCESS_DEFINITION, processKey, Set.of(ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE));
    }

    public Grant merge(Grant other) {
      java.util.Set<Permission> all = new java.util.HashSet<>(permissions);
      all.addAll(other.permissions);
      return new Grant(groupId, resource, resourceId, all);
    }
  }
}

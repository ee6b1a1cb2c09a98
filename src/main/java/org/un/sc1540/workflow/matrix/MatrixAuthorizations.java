package org.un.sc1540.workflow.matrix;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * What the matrix work adds to the Committee's grants: the secretariat records States' comments
 * and coordinators extend deadlines by correlating messages over the engine REST API
 * ({@code POST /engine-rest/message}), which the engine allows only with UPDATE_INSTANCE on the
 * process definition. Limited to the two matrix processes that wait for those messages.
 * Idempotent, additive, after the shared identity set-up.
 */
@Component
class MatrixAuthorizations {

  static final List<String> PROCESSES = List.of(StateMatrixReview.PROCESS_KEY, MatrixLateComments.PROCESS_KEY);
  static final List<String> GROUPS = List.of(CommitteeGroups.SECRETARIAT, CommitteeGroups.COORDINATORS);

  private final AuthorizationService authorizationService;

  MatrixAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(5)
  public void grant() {
    for (String group : GROUPS) {
      for (String process : PROCESSES) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
            .groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION).resourceId(process).singleResult();
        if (authorization == null) {
          authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
          authorization.setGroupId(group);
          authorization.setResource(Resources.PROCESS_DEFINITION);
          authorization.setResourceId(process);
        } else if (authorization.getAuthorizationType() != AUTH_TYPE_GRANT
            || (authorization.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)
                && authorization.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE))) {
          continue;
        }
        authorization.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
        authorization.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
        authorizationService.saveAuthorization(authorization);
      }
    }
  }
}

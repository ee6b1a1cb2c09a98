package org.un.sc1540.workflow.review;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

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
 * Coordinators steer reviews: they may update the instances of ComprehensiveReviewProcess (a
 * moved step's timer is set again by a message to its instance), and only they and
 * administrators may start a review or move its steps. Idempotent, like IdentitySetup.
 */
@Component
class ReviewAuthorizations {

  private final AuthorizationService authorizationService;

  ReviewAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void grant() {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(CommitteeGroups.COORDINATORS).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(ComprehensiveReviewProcess.KEY).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(CommitteeGroups.COORDINATORS);
      authorization.setResource(Resources.PROCESS_DEFINITION);
      authorization.setResourceId(ComprehensiveReviewProcess.KEY);
    } else if (authorization.getAuthorizationType() != AUTH_TYPE_GRANT
        || authorization.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)) {
      return;
    }
    authorization.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
    authorizationService.saveAuthorization(authorization);
  }
}

package org.un.sc1540.workflow.reporting;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The secretariat records replies (DOMAIN.md): to record a first report it must be allowed to
 * correlate {@code NationalReportReceived} to reminder cycles (engine REST {@code /message}, the
 * first-reports import), which takes reading and updating their instances. Granted on this one
 * process definition only; idempotent, and never removes what an administrator changed.
 */
@Component
class ReportingAuthorizations {

  static final Permission[] SECRETARIAT_ON_CYCLES = {
      ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE};

  private final AuthorizationService authorizationService;

  ReportingAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void grant() {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(CommitteeGroups.SECRETARIAT).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(FirstReportReminderProcess.KEY).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(CommitteeGroups.SECRETARIAT);
      authorization.setResource(Resources.PROCESS_DEFINITION);
      authorization.setResourceId(FirstReportReminderProcess.KEY);
    } else if (authorization.getAuthorizationType() != AUTH_TYPE_GRANT) {
      return;
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : SECRETARIAT_ON_CYCLES) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}

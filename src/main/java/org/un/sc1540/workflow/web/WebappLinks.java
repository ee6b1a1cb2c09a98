package org.un.sc1540.workflow.web;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.un.sc1540.workflow.security.GroupAuthorities;

/**
 * Whether the signed-in person may open Cockpit and Admin, for the Committee's pages: a link they
 * may not follow is not shown (it would end on the 403 page). The answer is Camunda's own
 * application authorization, the one the web applications check. Templates ask it only when they
 * render such a link: {@code ${@webappLinks.mayUseCockpit()}}.
 */
@Component
public class WebappLinks {

  private final AuthorizationService authorizations;

  WebappLinks(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public boolean mayUseCockpit() {
    return mayUse("cockpit");
  }

  public boolean mayUseAdmin() {
    return mayUse("admin");
  }

  /** Asked once per request and application: a page asks again for every row that links to Cockpit. */
  private boolean mayUse(String application) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    String key = WebappLinks.class.getName() + "." + application;
    if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Boolean known) {
      return known;
    }
    boolean may = authorized(application);
    if (request != null) {
      request.setAttribute(key, may, RequestAttributes.SCOPE_REQUEST);
    }
    return may;
  }

  private boolean authorized(String application) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return false;
    }
    List<String> groups = GroupAuthorities.groupIds(authentication);
    return authorizations.isUserAuthorized(authentication.getName(), groups, Permissions.ACCESS,
        Resources.APPLICATION, application);
  }
}

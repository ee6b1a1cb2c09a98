package org.un.sc1540.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One sign-in for Tasklist, Cockpit and the Committee's pages: a user already signed in to a
 * Camunda web application is signed in here too, and a sign-in on the Committee's login page
 * also signs the session in to the web applications.
 */
class WebappSessionBridge extends OncePerRequestFilter {

  private final ProcessEngine processEngine;

  WebappSessionBridge(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    SecurityContext context = SecurityContextHolder.getContext();
    if (session != null && context.getAuthentication() == null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication webappUser = authentications.getAuthenticationForProcessEngine(processEngine.getName());
      if (webappUser instanceof UserAuthentication user) {
        context.setAuthentication(
            CamundaIdentityAuthenticationProvider.authenticated(user.getIdentityId(), user.getGroupIds()));
      }
    }
    chain.doFilter(request, response);
  }

  /** Called after a successful form login: the web applications see the same user. */
  void signInWebapps(HttpServletRequest request, String userId) {
    HttpSession session = request.getSession(true);
    UserAuthentication user = AuthenticationUtil.createAuthentication(processEngine, userId);
    if (user == null) {
      return;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    authentications.addOrReplace(user);
    AuthenticationUtil.updateSession(session, authentications);
  }
}

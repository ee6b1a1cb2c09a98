package org.un.sc1540.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's {@link ContainerBasedAuthenticationFilter}, told the web applications' path
 * ({@code camunda.bpm.webapp.application-path}) from the start. Camunda's own lookup of that path
 * reads a servlet-context attribute that the web applications set only when their first request
 * initialises them, so that first request, the page a user opens after signing in, was not
 * recognised and the user saw the login view again.
 */
class WebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

  private final String applicationPath;

  WebappAuthenticationFilter(String applicationPath) {
    this.applicationPath = applicationPath;
  }

  @Override
  protected String getRequestUri(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return uri.startsWith(applicationPath) ? uri.substring(applicationPath.length()) : uri;
  }
}

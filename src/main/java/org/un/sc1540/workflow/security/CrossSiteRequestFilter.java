package org.un.sc1540.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every state-changing request that a browser says comes from a page of another origin,
 * whatever the path and however it is authenticated: a hostile page may make the browser send a
 * form or a {@code fetch} with the Committee's cookies, but the browser itself names the page's
 * origin ({@code Sec-Fetch-Site}, {@code Origin}) and a page cannot forge either.
 *
 * <p>A request without these headers does not come from a browser page (curl, other systems,
 * Camunda Modeler): it carries its own credentials and is left to authentication. Another port on
 * the same host is another origin ({@code same-site}), and refused too.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String from = crossSiteOrigin(request);
    if (from != null) {
      Refusals.write(request, response, HttpStatus.FORBIDDEN, "Cross-site request refused: a page of " + from
          + " may not send " + request.getMethod() + " requests to this application; nothing was changed");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The other origin a state-changing request comes from, or {@code null} if it may proceed. */
  static String crossSiteOrigin(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      return null;
    }
    String origin = request.getHeader("Origin");
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none") ? null : describe(origin, site);
    }
    if (origin == null || origin.equalsIgnoreCase(ownOrigin(request))) {
      return null;
    }
    return describe(origin, "another origin");
  }

  private static String describe(String origin, String site) {
    return origin == null || origin.equals("null") ? "an unnamed origin (" + site + ")" : origin + " (" + site + ")";
  }

  /** Scheme, host and port as the browser addressed this application (behind a proxy: as forwarded). */
  static String ownOrigin(HttpServletRequest request) {
    String scheme = request.getScheme().toLowerCase(Locale.ROOT);
    int port = request.getServerPort();
    boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }
}

package org.un.sc1540.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session is a copy of what was true when its user signed in. At most every
 * {@code committee.security.sign-in.revalidate-every} (60 s) this reads the user again: a user deleted
 * or locked meanwhile is signed out (the whole session ends, the web applications' sign-in with it),
 * and a changed group membership replaces the session's rights. The web applications re-read theirs
 * on the same schedule ({@code camunda.bpm.webapp.auth.cache.time-to-live}).
 *
 * <p>Times come from the engine's clock, like Camunda's own cache, so that tests move both at once.
 */
class SignedInUserCheck extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SignedInUserCheck.class);
  static final String CHECKED_AT = SignedInUserCheck.class.getName() + ".CHECKED_AT";

  private final IdentityService identityService;
  private final Duration every;
  private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  SignedInUserCheck(IdentityService identityService, Duration every) {
    this.identityService = identityService;
    this.every = every;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    SecurityContext context = SecurityContextHolder.getContext();
    Authentication authentication = context.getAuthentication();
    if (session != null && authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      revalidate(request, response, session, context, authentication);
    }
    chain.doFilter(request, response);
  }

  private void revalidate(HttpServletRequest request, HttpServletResponse response, HttpSession session,
      SecurityContext context, Authentication authentication) {
    long now = ClockUtil.getCurrentTime().getTime();
    Long checkedAt = (Long) session.getAttribute(CHECKED_AT);
    if (checkedAt != null && now - checkedAt < every.toMillis()) {
      return;
    }
    String userId = authentication.getName();
    Optional<List<String>> groups = currentGroups(userId);
    if (groups.isEmpty()) {
      LOG.info("User {} no longer exists or is locked: the session ends", userId);
      session.invalidate();
      SecurityContextHolder.clearContext();
      return;
    }
    if (!new HashSet<>(groups.get()).equals(new HashSet<>(GroupAuthorities.groupIds(authentication)))) {
      LOG.info("Groups of user {} changed to {}: the session's rights follow", userId, groups.get());
      SecurityContext updated = SecurityContextHolder.createEmptyContext();
      updated.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(userId, groups.get()));
      SecurityContextHolder.setContext(updated);
      sessions.saveContext(updated, request, response);
    }
    session.setAttribute(CHECKED_AT, now);
  }

  /** The user's groups now, or empty if the user is gone or locked. */
  private Optional<List<String>> currentGroups(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null || locked(user)) {
      return Optional.empty();
    }
    return Optional.of(CamundaIdentityAuthenticationProvider.groupsOf(identityService, userId));
  }

  /** The engine's own user records carry the lock; the public User interface does not show it. */
  private static boolean locked(User user) {
    return user instanceof UserEntity entity && entity.getLockExpirationTime() != null
        && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime());
  }
}

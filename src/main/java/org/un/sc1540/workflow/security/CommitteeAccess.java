package org.un.sc1540.workflow.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Who is asking, and whether they may: the one place the Committee's services decide who may do
 * what. The answer comes from the engine's authenticated user of the current thread, which the
 * engine REST API, the webapps' REST API and the Committee's own pages and API all set from the
 * signed-in person; so a rule checked here holds whatever path the request took. A thread without
 * an authenticated user is the application itself (the job executor, start-up, a timer).
 */
@Service
public class CommitteeAccess {

  private final IdentityService identityService;

  CommitteeAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** A person, with the groups the engine knows them in. */
  public record Caller(String userId, List<String> groupIds) {

    public Caller {
      groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    public boolean isIn(String... groups) {
      for (String group : groups) {
        if (groupIds.contains(group)) {
          return true;
        }
      }
      return false;
    }

    public boolean isAdministrator() {
      return groupIds.contains(CommitteeGroups.ADMINISTRATORS);
    }
  }

  /** The person this thread works for; empty for the application itself. */
  public Optional<Caller> caller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Caller(authentication.getUserId(), authentication.getGroupIds()));
  }

  /** The id of the person this thread works for, or {@code null} for the application itself. */
  public String userId() {
    return caller().map(Caller::userId).orElse(null);
  }

  /**
   * Refuses unless the caller is the application itself, an administrator, or a member of one of
   * the groups. {@code action} completes "Only ... may" in the refusal, e.g. "record a national report".
   *
   * @return the caller, empty for the application itself
   */
  public Optional<Caller> require(String action, String... groups) {
    Optional<Caller> caller = caller();
    if (caller.isEmpty() || caller.get().isAdministrator() || caller.get().isIn(groups)) {
      return caller;
    }
    throw notAllowed(caller.get().userId(), "Only " + CommitteeGroups.describe(groups) + " may " + action
        + "; " + caller.get().userId() + " is not a member of " + (groups.length == 1 ? "that group" : "any of them"));
  }

  /**
   * Runs work as the application itself: after a service has decided that the caller may do
   * something, the engine calls it makes for them are not checked again against the caller's own
   * grants (a secretariat member records a report, which ends a cycle they may not modify).
   */
  public <T> T asApplication(Supplier<T> work) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      return work.get();
    }
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(authentication);
    }
  }

  public void asApplication(Runnable work) {
    asApplication(() -> {
      work.run();
      return null;
    });
  }

  static AuthorizationException notAllowed(String userId, String message) {
    // The user is named in the message; Camunda's field for it is set only by its own checks.
    return new NotAllowed(message);
  }

  /** A refusal of who is asking: 403 on every API, its message shown as it is in Tasklist. */
  public static class NotAllowed extends AuthorizationException {

    public NotAllowed(String message) {
      super(message);
    }
  }
}

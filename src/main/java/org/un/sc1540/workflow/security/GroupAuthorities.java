package org.un.sc1540.workflow.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Maps Camunda group ids to Spring Security authorities and back. */
public final class GroupAuthorities {

  private static final String PREFIX = "GROUP_";

  private GroupAuthorities() {}

  public static String authority(String groupId) {
    return PREFIX + groupId;
  }

  public static String[] authorities(Collection<String> groupIds) {
    return groupIds.stream().map(GroupAuthorities::authority).toArray(String[]::new);
  }

  public static List<String> groupIds(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(PREFIX))
        .map(a -> a.substring(PREFIX.length()))
        .toList();
  }
}

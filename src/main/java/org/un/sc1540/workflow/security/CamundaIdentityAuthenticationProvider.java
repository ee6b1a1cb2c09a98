package org.un.sc1540.workflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service, so that the Committee's own pages and
 * APIs know exactly the users, groups and lockouts that Tasklist and Cockpit know.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    return authenticated(userId, groupsOf(identityService, userId));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  static List<String> groupsOf(IdentityService identityService, String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  static UsernamePasswordAuthenticationToken authenticated(String userId, List<String> groupIds) {
    return UsernamePasswordAuthenticationToken.authenticated(userId, null,
        groupIds.stream().map(g -> new SimpleGrantedAuthority(GroupAuthorities.authority(g))).toList());
  }
}

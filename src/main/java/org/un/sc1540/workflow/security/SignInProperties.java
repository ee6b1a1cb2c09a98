package org.un.sc1540.workflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in is slowed and how long a session trusts what it knew about its user.
 *
 * @param maxFailures failed sign-ins from one client address within {@code window} after which that
 *     address is answered 429 until the window ends
 * @param window how long failed sign-ins from an address are counted, from the first one
 * @param revalidateEvery how often a signed-in session reads its user and groups again from the
 *     identity store (a deleted or locked user is signed out, a changed membership takes effect)
 */
@ConfigurationProperties("committee.security.sign-in")
public record SignInProperties(Integer maxFailures, Duration window, Duration revalidateEvery) {

  public SignInProperties {
    maxFailures = maxFailures == null ? 10 : maxFailures;
    window = window == null ? Duration.ofMinutes(15) : window;
    revalidateEvery = revalidateEvery == null ? Duration.ofSeconds(60) : revalidateEvery;
  }
}

package org.un.sc1540.workflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing per client address: after {@code maxFailures} failed sign-ins (login form
 * or HTTP Basic) within {@code window} of the first, every sign-in attempt from that address is
 * answered 429 with {@code Retry-After} until the window ends, right password or not.
 *
 * <p>Accounts themselves are never locked (the engine's lockout is switched off in
 * application.yaml): a lock per account lets anyone lock out anyone, administrators included, by
 * sending wrong passwords in their name.
 */
@Component
class SignInThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  private final int maxFailures;
  private final Duration window;
  private final Clock clock = Clock.systemUTC();
  private final Cache<String, Failures> failures;

  SignInThrottle(SignInProperties properties) {
    this.maxFailures = properties.maxFailures();
    this.window = properties.window();
    // Expiry counts from the first failure (the entry is written once), so the window is fixed.
    this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
  }

  private record Failures(Instant first, AtomicInteger count) {}

  void failed(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    int count = failures.get(address, a -> new Failures(clock.instant(), new AtomicInteger())).count().incrementAndGet();
    if (count == maxFailures) {
      LOG.warn("{} failed sign-ins from {}: further sign-ins from there are refused for up to {}",
          count, address, window);
    }
  }

  /** How long the address must wait, or {@code null} if it may try. */
  Duration waitFor(HttpServletRequest request) {
    Failures f = failures.getIfPresent(request.getRemoteAddr());
    if (f == null || f.count().get() < maxFailures) {
      return null;
    }
    Duration left = Duration.between(clock.instant(), f.first().plus(window));
    return left.isNegative() ? null : left;
  }

  /** For tests that try the throttle: they share one client address with every other test. */
  void forgetAll() {
    failures.invalidateAll();
  }

  /** Answers sign-in attempts (as {@code attempts} recognises them) from a throttled address with 429. */
  OncePerRequestFilter filter(RequestMatcher attempts) {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Duration wait = attempts.matches(request) ? waitFor(request) : null;
        if (wait == null) {
          chain.doFilter(request, response);
          return;
        }
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Refusals.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins from this address: "
            + "try again in " + seconds + " seconds");
      }
    };
  }
}

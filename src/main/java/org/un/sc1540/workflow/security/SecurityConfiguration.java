package org.un.sc1540.workflow.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, and how a browser proves who it is. Spring Security signs everybody in, once,
 * on the Committee's login page; Camunda's own filters, as Camunda documents them for sign-in by the
 * container, take the signed-in user from there.
 *
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic only, for programs. No session, no cookie, and no
 *       {@code WWW-Authenticate} challenge, so that no browser ever remembers a password for it and a
 *       hostile page cannot make the browser call it as its user. Camunda's
 *       {@link ProcessEngineAuthenticationFilter} then runs the call as that user, with Camunda's
 *       authorization checks.
 *   <li>{@code /camunda/**}: Tasklist, Cockpit and Admin. A browser without a session goes to the
 *       Committee's login page and comes back; {@link ContainerBasedAuthenticationFilter} signs the
 *       session in to the web applications as the same user. Their sign-out ends the whole session.
 *       Camunda's CSRF filter and header settings guard them.
 *   <li>{@code /committee/**} (pages) and {@code /api/**} (the Committee's REST): the login form or
 *       HTTP Basic; a state-changing request made with the session cookie needs Spring Security's
 *       CSRF token (forms carry it), one with HTTP Basic credentials does not.
 * </ul>
 *
 * Everywhere: cross-site state-changing requests are refused ({@link CrossSiteRequestFilter}),
 * repeated failed sign-ins from one address are slowed ({@link SignInThrottle}), and a session
 * re-reads its user every minute ({@link SignedInUserCheck}).
 */
@Configuration
@EnableConfigurationProperties(SignInProperties.class)
class SecurityConfiguration {

  static final String LOGIN_PAGE = "/committee/login";
  /** Filters that inspect engine REST requests (registry's MessageStateCodeFilter) come after this one. */
  static final int ENGINE_REST_AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
  /** After Spring Security's filter chain (it provides the signed-in user), before Camunda's web application filters. */
  static final int WEBAPP_AUTHENTICATION_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;
  /** Before Spring Security: a cross-site request is refused before anyone tries to sign it in. */
  static final int CROSS_SITE_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

  /**
   * The Committee's pages load nothing from elsewhere and run no script; a letter shown in its page
   * keeps its own style attributes (its HTML is the mail's), inside a sandboxed frame.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  static final String LETTER_PAGE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'; ",
      "style-src 'self'; style-src-attr 'unsafe-inline'; ");

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  private static final RequestMatcher API = PATHS.matcher("/api/**");
  private static final RequestMatcher WITH_CREDENTIALS = request -> request.getHeader("Authorization") != null;
  /** Neither credentials nor a session cookie: nothing can authenticate it, so it is answered 401. */
  private static final RequestMatcher WITHOUT_SESSION = request -> request.getRequestedSessionId() == null;

  @Bean
  @Order(1)
  SecurityFilterChain engineRestSecurity(HttpSecurity http, SignInThrottle throttle) throws Exception {
    AuthenticationEntryPoint unauthorized = unauthorized(throttle,
        "Send the credentials of a Camunda user with HTTP Basic (an Authorization header); "
            + "this API does not use the browser's session");
    http
        .securityMatcher(PATHS.matcher("/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        // Credentials on every call, never a session: a cookie here is what a hostile page could use.
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        // No cookie authenticates here, so there is no token to protect; CrossSiteRequestFilter still refuses pages.
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized))
        .addFilterBefore(throttle.filter(WITH_CREDENTIALS), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http, IdentityService identityService, SignInProperties signIn)
      throws Exception {
    http
        .securityMatcher(PATHS.matcher("/camunda/**"))
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            // One sign-in page for all: Camunda's own login endpoint is closed.
            .requestMatchers(PATHS.matcher("/camunda/api/admin/auth/user/*/login/**")).denyAll()
            .anyRequest().authenticated())
        .logout(logout -> logout
            .logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"))
            .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
        // Camunda's CsrfPreventionFilter protects the web applications, with the token their scripts send.
        .csrf(csrf -> csrf.disable())
        // Camunda's HttpHeaderSecurityFilter writes their headers (camunda.bpm.webapp.header-security.*).
        .headers(headers -> headers.disable())
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                PATHS.matcher("/camunda/app/**"))
            .defaultAuthenticationEntryPointFor(unauthorizedWithoutThrottle(
                "Sign in on the Committee's login page (" + LOGIN_PAGE + ")"), request -> true))
        .addFilterBefore(new SignedInUserCheck(identityService, signIn.revalidateEvery()), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain committeeSecurity(HttpSecurity http, IdentityService identityService, SignInThrottle throttle,
      SignInProperties signIn) throws Exception {
    SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
    landing.setDefaultTargetUrl("/committee/");
    SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error");
    RequestMatcher loginForm = PATHS.matcher(HttpMethod.POST, LOGIN_PAGE);
    http
        .securityMatcher(new OrRequestMatcher(PATHS.matcher("/committee/**"), API))
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(PATHS.matcher(LOGIN_PAGE), PATHS.matcher("/committee/assets/**")).permitAll()
            .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/registry/**"))
                .hasAnyAuthority(GroupAuthorities.authorities(
                    List.of(CommitteeGroups.SECRETARIAT, CommitteeGroups.ADMINISTRATORS)))
            .anyRequest().hasAnyAuthority(GroupAuthorities.authorities(CommitteeGroups.STAFF)))
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(throttle,
            "Sign in: HTTP Basic credentials of a Camunda user, or the session of the Committee's login page")))
        .formLogin(form -> form
            .loginPage(LOGIN_PAGE)
            .successHandler(landing)
            .failureHandler((request, response, exception) -> {
              throttle.failed(request);
              wrongPassword.onAuthenticationFailure(request, response, exception);
            }))
        .logout(logout -> logout.logoutUrl("/committee/logout").logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
        // The token is for requests that a browser authenticates with its cookie; a program sending its own
        // credentials (HTTP Basic) cannot be made to do so by another site, and a request with no session
        // cookie has nothing another site could borrow (it is answered 401 rather than 403).
        .csrf(csrf -> csrf.ignoringRequestMatchers(
            new AndRequestMatcher(API, new OrRequestMatcher(WITH_CREDENTIALS, WITHOUT_SESSION))))
        .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy()))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(unauthorized(throttle,
            "Sign in: HTTP Basic credentials of a Camunda user, or the session of the Committee's login page"), API))
        .addFilterBefore(throttle.filter(new OrRequestMatcher(loginForm, WITH_CREDENTIALS)),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new SignedInUserCheck(identityService, signIn.revalidateEvery()), AuthorizationFilter.class)
        .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** The home redirect, error pages and anything unmapped: no sign-in needed, the same headers. */
  @Bean
  @Order(4)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http
        .securityMatcher(request -> true)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy()));
    return http.build();
  }

  private static DelegatingRequestMatcherHeaderWriter contentSecurityPolicy() {
    RequestMatcher letterPage = PATHS.matcher(HttpMethod.GET, "/committee/correspondence/*");
    return new DelegatingRequestMatcherHeaderWriter(request -> true, (request, response) -> {
      if (!response.containsHeader("Content-Security-Policy")) {
        new StaticHeadersWriter("Content-Security-Policy", letterPage.matches(request)
            ? LETTER_PAGE_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY).writeHeaders(request, response);
      }
    });
  }

  /** 401 without a {@code WWW-Authenticate} challenge: browsers never prompt for, or remember, a password. */
  private static AuthenticationEntryPoint unauthorized(SignInThrottle throttle, String message) {
    AuthenticationEntryPoint refuse = unauthorizedWithoutThrottle(message);
    return (request, response, exception) -> {
      if (exception instanceof BadCredentialsException) {
        throttle.failed(request);
      }
      refuse.commence(request, response, exception);
    };
  }

  private static AuthenticationEntryPoint unauthorizedWithoutThrottle(String message) {
    return (HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
        AuthenticationException exception) -> Refusals.write(request, response, HttpStatus.UNAUTHORIZED,
        exception instanceof BadCredentialsException ? "Unknown user or wrong password" : message);
  }

  @Bean
  FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests() {
    FilterRegistrationBean<CrossSiteRequestFilter> registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter());
    registration.setName("cross-site-requests");
    registration.setOrder(CROSS_SITE_ORDER);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Camunda's filter for the engine REST API, taking the user Spring Security signed in. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER);
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName());
    return registration;
  }

  /** Camunda's filter for Tasklist, Cockpit and Admin, taking the user Spring Security signed in. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication(CamundaBpmProperties camunda) {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new WebappAuthenticationFilter(camunda.getWebapp().getApplicationPath()));
    registration.setName("webapp-authentication");
    registration.setOrder(WEBAPP_AUTHENTICATION_ORDER);
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/app/*",
        camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName());
    return registration;
  }
}

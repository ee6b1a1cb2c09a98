package org.un.sc1540.workflow.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what.
 *
 * <ul>
 *   <li>{@code /camunda/**}: Tasklist, Cockpit and Admin guard themselves with Camunda's own login
 *       and application authorizations; Spring Security stays out of their way.
 *   <li>{@code /engine-rest/**}: HTTP Basic against Camunda's identity service through Camunda's
 *       own filter, which also makes the engine check every call against the user's
 *       authorizations. Anonymous calls get 401.
 *   <li>{@code /committee/**} (pages) and {@code /api/**} (our REST): the same identities, by form
 *       login or HTTP Basic, and Camunda authorization for every engine call they make.
 * </ul>
 */
@Configuration
class SecurityConfiguration {

  static final String LOGIN_PAGE = "/committee/login";
  /** Filters that inspect engine REST requests (registry's MessageStateCodeFilter) come after this one. */
  static final int ENGINE_REST_AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
  private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

  @Bean
  SecurityFilterChain committeeSecurity(HttpSecurity http, ProcessEngine processEngine,
      IdentityService identityService) throws Exception {
    WebappSessionBridge sessionBridge = new WebappSessionBridge(processEngine);
    SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
    landing.setDefaultTargetUrl("/committee/");
    http
        .securityMatcher("/committee/**", "/api/**")
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(LOGIN_PAGE, "/committee/assets/**").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/registry/**")
                .hasAnyAuthority(GroupAuthorities.authorities(
                    List.of(CommitteeGroups.SECRETARIAT, CommitteeGroups.ADMINISTRATORS)))
            .anyRequest().hasAnyAuthority(GroupAuthorities.authorities(CommitteeGroups.STAFF)))
        .httpBasic(withDefaults())
        .formLogin(form -> form
            .loginPage(LOGIN_PAGE)
            .successHandler((request, response, authentication) -> {
              sessionBridge.signInWebapps(request, authentication.getName());
              landing.onAuthenticationSuccess(request, response, authentication);
            }))
        .logout(logout -> logout.logoutUrl("/committee/logout").logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
        // APIs are called with HTTP Basic by other systems, not from a browser session form.
        .csrf(csrf -> csrf.ignoringRequestMatchers(API))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(basicChallenge(), API))
        .addFilterBefore(sessionBridge, BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** Programs calling the API get a 401 with a Basic challenge, not a redirect to a login page. */
  private static BasicAuthenticationEntryPoint basicChallenge() {
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName("1540 Committee");
    return entryPoint;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER);
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}

package org.un.sc1540.workflow.registry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link MessageStateCodeFilter} in front of the engine REST API's message endpoint, after
 * Camunda's authentication filter (an anonymous caller gets 401, not a verdict on a State code).
 */
@Configuration
class MessageStateCodeFilterConfiguration {

  /** The engine REST authentication filter has {@code Ordered.LOWEST_PRECEDENCE - 100} (SecurityConfiguration). */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE - 90;

  @Bean
  FilterRegistrationBean<MessageStateCodeFilter> messageStateCodeFilter(RegistryService registry) {
    FilterRegistrationBean<MessageStateCodeFilter> registration =
        new FilterRegistrationBean<>(new MessageStateCodeFilter(registry));
    registration.setName("engine-rest-message-state-code");
    registration.addUrlPatterns(MessageStateCodeFilter.URL_PATTERN);
    registration.setOrder(ORDER);
    return registration;
  }
}

package org.un.sc1540.workflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API as Camunda ships it, with one correction: input refused by the process
 * itself (a listener's {@link BadUserRequestException}: a round already running for the year, an
 * unknown State, a deadline in the past, a hold without a reason on task completion) answers 400
 * with its message, where Camunda's start and task resources wrap every engine exception into a
 * 500.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(RefusedStartMapper.class);
      }
    };
  }

  /** Takes precedence over Camunda's own mapper for RestException (lower priority value wins). */
  @Priority(1)
  public static class RefusedStartMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      BadUserRequestException refusal = refusal(exception);
      if (refusal == null) {
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
      }
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", BadUserRequestException.class.getSimpleName(), "message", exception.getMessage()))
          .build();
    }

    private static BadUserRequestException refusal(Throwable exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof AuthorizationException) {
          return null;
        }
        if (cause instanceof BadUserRequestException refusal) {
          return refusal;
        }
      }
      return null;
    }
  }
}

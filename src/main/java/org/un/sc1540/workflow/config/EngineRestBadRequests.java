package org.un.sc1540.workflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers 400, not 500, when a process refuses a start or a task completion
 * because of what the caller sent: a start listener or task listener that throws a
 * BadUserRequestException (a second review for a year, a date out of range). The engine REST API
 * wraps every engine exception of a start or a completion into a 500; this mapper keeps Camunda's
 * error body and changes only the status, and only when the refusal is the caller's.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestBadRequests {

  @Bean
  ResourceConfigCustomizer badUserRequestsAreBadRequests() {
    return config -> config.register(RefusedByTheProcess.class);
  }

  /** Chosen before Camunda's own RestExceptionHandler, which maps the same exception type. */
  @Provider
  @Priority(1)
  static class RefusedByTheProcess implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      Response response = ExceptionHandlerHelper.getInstance().getResponse(exception);
      if (response.getStatus() == Response.Status.INTERNAL_SERVER_ERROR.getStatusCode() && refusedInput(exception)) {
        return Response.fromResponse(response).status(Response.Status.BAD_REQUEST).build();
      }
      return response;
    }

    private static boolean refusedInput(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException) {
          return true;
        }
        if (cause.getCause() == cause) {
          return false;
        }
      }
      return false;
    }
  }
}

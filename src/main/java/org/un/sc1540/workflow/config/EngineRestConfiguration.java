package org.un.sc1540.workflow.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
 * The engine REST API as Camunda ships it, with two corrections: input refused by the process
 * itself (a listener's {@link BadUserRequestException}: a round already running for the year, an
 * unknown State, a deadline in the past, a hold without a reason on task completion) answers 400
 * with its message, where Camunda's start and task resources wrap every engine exception into a
 * 500; and a body that is not JSON, or not the JSON the endpoint reads, answers 400 saying so and
 * where, where Camunda answers 400 with an empty message; and a number that does not fit its
 * variable's type answers 400 naming it ({@link VariableValueRange}), where Camunda narrows it.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(RefusedStartMapper.class);
        register(UnparsableJsonMapper.class);
        register(UnexpectedJsonMapper.class);
        register(VariableValueRange.class);
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

  /** Takes precedence over Camunda's JsonParseExceptionHandler, whose message is empty. */
  @Priority(1)
  public static class UnparsableJsonMapper implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
      return invalid("The request body is not valid JSON: " + JsonProblems.describe(exception));
    }
  }

  /** Takes precedence over Camunda's JsonMappingExceptionHandler, whose message is empty. */
  @Priority(1)
  public static class UnexpectedJsonMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      return invalid("The request body is not the JSON this endpoint reads: " + JsonProblems.describe(exception));
    }
  }

  /** Camunda's error shape: {@code {"type": "InvalidRequestException", "message": ...}}. */
  private static Response invalid(String message) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", message))
        .build();
  }
}

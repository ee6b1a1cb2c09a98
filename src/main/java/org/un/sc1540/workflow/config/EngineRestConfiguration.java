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
import org.camunda.bpm.engine.ProcessEngineException;
import org.un.sc1540.workflow.input.EngineMessages;
import org.un.sc1540.workflow.input.Refusals;
import org.un.sc1540.workflow.input.Refused;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * The engine's REST APIs as Camunda ships them — {@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine}, which Tasklist and Cockpit use — with two corrections: input refused
 * by the process or the engine rules (a {@link BadUserRequestException}: a round already running
 * for the year, an unknown State, a deadline in the past; an {@link AuthorizationException} of the
 * engine rules) answers 400 or 403 with its message in plain words, where Camunda's start and task
 * resources wrap every engine exception into a 500 prefixed "Cannot submit task form …:"; and a
 * body that is not JSON, or not the JSON the endpoint reads, answers 400 saying so and where, where
 * Camunda answers 400 with an empty message; and a number that does not fit its variable's type
 * answers 400 naming it ({@link VariableValueRange}), where Camunda narrows it; and a body over the
 * size limit found while it is read answers 413, where Camunda answers 500.
 *
 * <p>Registered in every Jersey application of the server through Jersey's auto-discovery
 * ({@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}), so that both
 * REST paths answer alike.
 */
public class EngineRestConfiguration implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusedStartMapper.class)) {
      context.register(RefusedStartMapper.class);
      context.register(EngineRefusalMapper.class);
      context.register(UnparsableJsonMapper.class);
      context.register(UnexpectedJsonMapper.class);
      context.register(VariableValueRange.class);
      context.register(BodyTooLargeMapper.class);
    }
  }

  /** Takes precedence over Camunda's own mapper for RestException (lower priority value wins). */
  @Priority(1)
  public static class RefusedStartMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      Response refusal = refusal(exception.getCause() != null ? exception.getCause()
          : Refusals.withMessage(exception.getMessage()));
      return refusal != null ? refusal : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /**
   * A refusal thrown inside a command (a listener, a delegate, the engine rules) that Camunda did
   * not wrap: the same plain message, without the engine's codes and wrappers.
   */
  @Priority(1)
  public static class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response refusal = refusal(exception);
      return refusal != null ? refusal : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /** 403 for a refusal of who asks, 400 for a refusal of what they ask, in Camunda's error shape. */
  static Response refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException notAllowed) {
        return answer(Response.Status.FORBIDDEN, AuthorizationException.class.getSimpleName(),
            EngineMessages.plain(notAllowed.getMessage()));
      }
      if (cause instanceof BadUserRequestException refusal) {
        return answer(refusal instanceof Refused refused && refused.status().value() == 404
            ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST, BadUserRequestException.class.getSimpleName(),
            EngineMessages.plain(refusal.getMessage()));
      }
    }
    return null;
  }

  private static Response answer(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message)).build();
  }

  /**
   * A body streamed without a declared length passes the limit while Camunda's resource reads it
   * ({@link RequestSizeLimit}); Camunda's catch-all mapper would answer that 500, before the limit's
   * filter could see it. 413, as for a declared length.
   */
  @Priority(1)
  public static class BodyTooLargeMapper implements ExceptionMapper<RequestSizeLimit.BodyTooLargeException> {

    @Override
    public Response toResponse(RequestSizeLimit.BodyTooLargeException exception) {
      return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "PayloadTooLarge", "message", RequestSizeLimit.TOO_LARGE)).build();
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

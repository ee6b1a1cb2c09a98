package org.un.sc1540.workflow.config;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A typed variable in an engine REST request whose number does not fit its type is refused with
 * 400, naming the number as it was sent. Camunda's REST layer narrows such a number silently
 * ({@code 99999999999} as an Integer became {@code 1215752191}, {@code 12.5} became {@code 12}), so
 * that the process then judged, and reported, a number nobody sent.
 *
 * <p>Runs after Jackson has read the body, on every request DTO: its variable maps (start
 * variables, message correlation keys and variables, task completion, variable updates) and single
 * variable values.
 */
public class VariableValueRange implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws java.io.IOException {
    Object entity = context.proceed();
    if (entity != null && entity.getClass().getName().startsWith("org.camunda.bpm.engine.rest.dto")) {
      check(entity, "", 0);
    }
    return entity;
  }

  private static void check(Object value, String path, int depth) {
    if (value == null || depth > 4) {
      return;
    }
    if (value instanceof VariableValueDto variable) {
      checkVariable(variable, path.isEmpty() ? "value" : path);
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, entry) -> check(entry, path.isEmpty() ? String.valueOf(key) : path + "." + key, depth + 1));
    } else if (value instanceof Collection<?> list) {
      list.forEach(entry -> check(entry, path, depth + 1));
    } else if (value.getClass().getName().startsWith("org.camunda.bpm.engine.rest.dto")) {
      try {
        for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass(), Object.class)
            .getPropertyDescriptors()) {
          if (property.getReadMethod() != null && !property.getPropertyType().isPrimitive()
              && property.getPropertyType() != String.class) {
            check(property.getReadMethod().invoke(value),
                path.isEmpty() ? property.getName() : path + "." + property.getName(), depth + 1);
          }
        }
      } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
        // A DTO this check cannot read is left to Camunda's own handling.
      }
    }
  }

  private static void checkVariable(VariableValueDto variable, String name) {
    if (variable.getType() == null || !(variable.getValue() instanceof Number number)) {
      return;
    }
    String type = variable.getType().toLowerCase(Locale.ROOT);
    BigDecimal exact = new BigDecimal(number.toString());
    switch (type) {
      case "integer" -> requireWhole(name, exact, variable.getType(), Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "short" -> requireWhole(name, exact, variable.getType(), Short.MIN_VALUE, Short.MAX_VALUE);
      case "long" -> requireWhole(name, exact, variable.getType(), Long.MIN_VALUE, Long.MAX_VALUE);
      default -> { }
    }
  }

  private static void requireWhole(String name, BigDecimal value, String type, long min, long max) {
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    BigInteger integer = value.toBigInteger();
    if (!whole || integer.compareTo(BigInteger.valueOf(min)) < 0 || integer.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, name + " " + value.toPlainString()
          + " does not fit the type " + type + " (a whole number from " + min + " to " + max + ")");
    }
  }
}

package org.un.sc1540.workflow.input;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The typed reader of process variables, for delegates and listeners only: each method reads one
 * variable through the parser for its kind ({@link Inputs}), so a value written by a form, the
 * engine REST API or another process is read the same way, and a wrong one is refused by name.
 */
public final class Vars {

  private final VariableScope scope;

  private Vars(VariableScope scope) {
    this.scope = scope;
  }

  public static Vars of(VariableScope scope) {
    return new Vars(scope);
  }

  public Object raw(String name) {
    return scope.getVariable(name);
  }

  public boolean has(String name) {
    return !Inputs.isBlank(scope.getVariable(name));
  }

  public int year(String name) {
    return Inputs.year(name, raw(name));
  }

  public Integer optionalInteger(String name, int min, int max) {
    return Inputs.optionalInteger(name, raw(name), min, max);
  }

  public int integer(String name, int min, int max) {
    return Inputs.requiredInteger(name, raw(name), min, max);
  }

  public String stateCode(String name) {
    return Inputs.stateCode(name, raw(name));
  }

  public List<String> stateCodes(String name) {
    return Inputs.stateCodes(name, raw(name));
  }

  public LocalDate optionalDate(String name) {
    return Inputs.optionalDate(name, raw(name));
  }

  public LocalDate date(String name) {
    return Inputs.requiredDate(name, raw(name));
  }

  public boolean flag(String name) {
    return Inputs.flag(name, raw(name));
  }

  public String optionalText(String name, int maxLength) {
    return Inputs.optionalText(name, raw(name), maxLength);
  }

  public String text(String name, int maxLength) {
    return Inputs.requiredText(name, raw(name), maxLength);
  }

  public String optionalUrl(String name) {
    return Inputs.optionalUrl(name, raw(name));
  }

  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    return Inputs.choice(name, raw(name), type);
  }
}

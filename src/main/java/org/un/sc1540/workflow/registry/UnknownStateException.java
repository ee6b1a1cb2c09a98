package org.un.sc1540.workflow.registry;

/** A State code that is not one of the 193 Member States (an observer, a typo, a territory). */
public class UnknownStateException extends RuntimeException {

  private final String stateCode;

  public UnknownStateException(String stateCode) {
    super("Unknown State code '" + stateCode + "': not one of the 193 Member States (ISO 3166-1 alpha-3)");
    this.stateCode = stateCode;
  }

  public String stateCode() {
    return stateCode;
  }
}

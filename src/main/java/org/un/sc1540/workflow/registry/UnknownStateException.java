package org.un.sc1540.workflow.registry;

import org.springframework.http.HttpStatus;
import org.un.sc1540.workflow.input.Refused;

/** A State code that is not one of the 193 Member States (an observer, a typo, a territory). */
public class UnknownStateException extends Refused {

  private final String stateCode;

  public UnknownStateException(String stateCode) {
    this(HttpStatus.BAD_REQUEST, stateCode);
  }

  private UnknownStateException(HttpStatus status, String stateCode) {
    super(status, "Unknown State code '" + stateCode + "': not one of the 193 Member States (ISO 3166-1 alpha-3)");
    this.stateCode = stateCode;
  }

  /** The same refusal where the code was the address of what was asked for (a 404). */
  public UnknownStateException asNotFound() {
    return new UnknownStateException(HttpStatus.NOT_FOUND, stateCode);
  }

  public String stateCode() {
    return stateCode;
  }
}

package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import java.util.List;
import org.un.sc1540.workflow.input.Inputs;

/**
 * A request for assistance as received, parsed: from the Committee's API or the Tasklist start form.
 *
 * @param consentToCirculate the State agrees that its request be circulated to providers (a box of the template)
 * @param stateReference the State's own reference (its note verbale's symbol), if any
 */
public record NewRequest(String stateCode, LocalDate receivedOn, List<AssistanceArea> areas, String description,
    boolean usesTemplate, boolean confidential, boolean consentToCirculate, String stateReference) {

  static final int MAX_DESCRIPTION = 4000;

  /** Parses what arrives, naming each field as given; the service checks it against the register. */
  public static NewRequest parse(Object stateCode, Object receivedOn, Object areas, Object description,
      Object usesTemplate, Object confidential, Object consentToCirculate, Object stateReference) {
    return new NewRequest(Inputs.stateCode("stateCode", stateCode), Inputs.requiredDate("receivedOn", receivedOn),
        AssistanceArea.parse("areas", areas), Inputs.requiredText("description", description, MAX_DESCRIPTION),
        Inputs.flag("usesTemplate", usesTemplate), Inputs.flag("confidential", confidential),
        Inputs.flag("consentToCirculate", consentToCirculate), Inputs.optionalText("stateReference", stateReference, 200));
  }
}

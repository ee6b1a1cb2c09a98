package org.un.sc1540.workflow.matrix;

import java.util.List;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * The collection of the round's multi-instance call activity:
 * {@code camunda:collection="${matrixStateCodes.of(stateCodes)}"}. The variable stays a plain
 * JSON text (no serialized Java list); this reads it back.
 */
@Component
public class MatrixStateCodes {

  private final RegistryService registry;

  MatrixStateCodes(RegistryService registry) {
    this.registry = registry;
  }

  public List<String> of(Object stateCodes) {
    return MatrixInput.stateCodes(stateCodes, registry.states().keySet());
  }
}

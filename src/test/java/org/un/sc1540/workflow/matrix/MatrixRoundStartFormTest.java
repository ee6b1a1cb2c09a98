package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 8: a round started from Tasklist with the States field empty does not go to all
 * 193 States unasked. The start form asks, as the reminder campaign's does: the States are required
 * unless "All 193 Member States" is ticked, and it is not ticked by default. (The engine refuses
 * the start without either: {@code MatrixCirculationProcessTest}.)
 */
class MatrixRoundStartFormTest {

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.get("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("No field " + key + " in the form");
  }

  private static JsonNode form() throws IOException {
    try (InputStream in = MatrixRoundStartFormTest.class.getResourceAsStream("/forms/matrix-round-start.form")) {
      assertThat(in).as("forms/matrix-round-start.form on the classpath").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void allStatesIsAConfirmationNotTickedByDefault() throws IOException {
    JsonNode allStates = field(form(), MatrixCirculation.ALL_STATES);

    assertThat(allStates.get("type").asText()).isEqualTo("checkbox");
    assertThat(allStates.get("label").asText()).contains("All 193 Member States");
    assertThat(allStates.path("defaultValue").asBoolean(false)).isFalse();
  }

  @Test
  void theStatesAreRequiredUnlessAll193AreConfirmed() throws IOException {
    JsonNode states = field(form(), MatrixCirculation.STATE_CODES);

    assertThat(states.path("validate").path("required").asBoolean()).isTrue();
    // form-js does not validate or submit a hidden field: ticking the box lifts the requirement.
    assertThat(states.path("conditional").path("hide").asText()).isEqualTo("=" + MatrixCirculation.ALL_STATES);
  }
}

package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** The stateCodes variable, however it arrives. */
class StateCodeListTest {

  @Test
  void aJsonListIsRead() {
    assertThat(StateCodeList.parse("[\"FRA\", \"esp\"]")).containsExactly("FRA", "ESP");
  }

  @Test
  void commaSeparatedTextFromTasklistIsRead() {
    assertThat(StateCodeList.parse(" fra, ESP;jor  per ")).containsExactly("FRA", "ESP", "JOR", "PER");
  }

  @Test
  void aJavaListIsReadAndDuplicatesDropped() {
    assertThat(StateCodeList.parse(List.of("FRA", "fra", "ESP"))).containsExactly("FRA", "ESP");
  }

  @Test
  void nothingOrBlankMeansNoChoice() {
    assertThat(StateCodeList.parse(null)).isEmpty();
    assertThat(StateCodeList.parse("  ")).isEmpty();
    assertThat(StateCodeList.parse("[]")).isEmpty();
  }

  @Test
  void aJsonListOfNumbersIsRefused() {
    assertThatThrownBy(() -> StateCodeList.parse("[250]")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("must list strings");
  }

  @Test
  void brokenJsonIsRefused() {
    assertThatThrownBy(() -> StateCodeList.parse("[\"FRA\"")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("not a valid JSON list");
  }
}

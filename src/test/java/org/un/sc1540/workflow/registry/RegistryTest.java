package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;

@CommitteeTest
class RegistryTest {

  private final RegistryService registry;
  private final JdbcClient jdbc;

  RegistryTest(RegistryService registry, JdbcClient jdbc) {
    this.registry = registry;
    this.jdbc = jdbc;
  }

  @Test
  void migrationsLoadThe193MemberStates() {
    long inDatabase = jdbc.sql("SELECT COUNT(*) FROM member_state").query(Long.class).single();

    assertThat(inDatabase).isEqualTo(193);
    assertThat(registry.states()).hasSize(193);
  }

  /** The Holy See and the State of Palestine are observers: the Committee writes to Member States. */
  @ParameterizedTest
  @ValueSource(strings = {"VAT", "PSE"})
  void observersAreUnknownStates(String code) {
    assertThatThrownBy(() -> registry.state(code))
        .isInstanceOf(UnknownStateException.class)
        .hasMessageContaining(code);
  }
}

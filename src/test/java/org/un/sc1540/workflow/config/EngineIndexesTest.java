package org.un.sc1540.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;

@CommitteeTest
class EngineIndexesTest {

  private final JdbcClient jdbc;

  EngineIndexesTest(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Test
  void variablesAreIndexedByNameAndValueForMessageCorrelation() {
    assertThat(jdbc.sql("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
            + "WHERE INDEX_NAME = 'COMMITTEE_IDX_VAR_NAME_TEXT' ORDER BY ORDINAL_POSITION")
        .query(String.class).list()).containsExactly("NAME_", "TEXT_");
  }
}

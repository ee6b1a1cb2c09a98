package org.un.sc1540.workflow.config;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's variable table by name and value. The Committee's messages are correlated
 * by process variables (NationalReportReceived by {@code stateCode}, MatrixCommentsReceived by
 * {@code stateCode} and {@code reviewYear}), and Camunda's schema has no index for a variable's
 * value: without this one, every correlation reads every variable of every running instance.
 * Camunda allows additional indexes on its tables; this one is created after the engine has
 * created its schema, and only when missing.
 */
@Component
class EngineIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final JdbcClient jdbc;
  private final ProcessEngineConfigurationImpl engine;

  EngineIndexes(JdbcClient jdbc, ProcessEngineConfigurationImpl engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(-10)
  public void createIfMissing() {
    String prefix = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    jdbc.sql("CREATE INDEX IF NOT EXISTS COMMITTEE_IDX_VAR_NAME_TEXT ON " + prefix + "ACT_RU_VARIABLE (NAME_, TEXT_)")
        .update();
    LOG.debug("Variable value index present on {}ACT_RU_VARIABLE", prefix);
  }
}

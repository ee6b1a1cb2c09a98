package org.un.sc1540.workflow.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The history level {@value #NAME} ({@code camunda.bpm.history-level}): Camunda's {@code full}
 * history without the log of every value a variable ever had ({@code ACT_HI_DETAIL}).
 *
 * <p>Kept as at {@code full}: process, activity and task instances, each variable's latest value
 * ({@code ACT_HI_VARINST}, what Cockpit's history shows), the user operation log (who did what, and
 * Cockpit's audit log), incidents, the job log, identity links, decisions and batches. Not
 * written: a row for each create and update of a variable ({@code VARIABLE_INSTANCE_UPDATE_DETAIL})
 * and for each field of a submitted generated form ({@code FORM_PROPERTY_UPDATE}), with their
 * byte arrays. Nothing in the application, Tasklist or Cockpit Community Edition reads them: the
 * facts that matter (who recorded what, when) are in the Committee's own tables and in the user
 * operation log. After ten simulated years they were the largest part of the H2 file
 * (docs/benchmarks.md, "H2 that stays small"). What is lost: Cockpit Enterprise's variable log,
 * {@code HistoryService#createHistoricDetailQuery} ({@code /engine-rest/history/detail}), and
 * restarting an instance with its initial variables ({@code initialSetOfVariables}; a restart
 * takes the last values instead), which only administrators may do.
 *
 * <p>The engine stores its history level's id in {@code ACT_GE_PROPERTY} and refuses to start
 * when the configuration names another. This level writes a subset of what {@code full} writes,
 * so a database written at {@code full} is moved to it at start-up, and back when
 * {@code camunda.bpm.history-level} is set to {@code full} again; any other mismatch is left for
 * the engine to refuse.
 */
@Component
public class CommitteeHistoryLevel extends AbstractProcessEnginePlugin implements HistoryLevel {

  public static final String NAME = "full-without-details";
  /** Not one of Camunda's own ids (0 to 3). */
  static final int ID = 31;
  private static final Logger LOG = LoggerFactory.getLogger(CommitteeHistoryLevel.class);

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(this);
    configuration.setCustomHistoryLevels(levels);
  }

  /** Runs after the history level is resolved and before the engine compares it with the database's. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel configured = configuration.getHistoryLevel();
    int from;
    if (configured == this) {
      from = HistoryLevel.HISTORY_LEVEL_FULL.getId();
    } else if (configured != null && configured.getId() == HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
      from = ID;
    } else {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY";
    try (Connection connection = configuration.getDataSource().getConnection()) {
      if (!exists(connection, table)) {
        return;
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE " + table + " SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
        update.setString(1, Integer.toString(configured.getId()));
        update.setString(2, Integer.toString(from));
        int moved = update.executeUpdate();
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        if (moved > 0) {
          LOG.info("History level of the database moved from {} to {}", from, configured.getId());
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not move the database's history level to " + configured.getName(), e);
    }
  }

  /** Whether the table exists, in the schema the table prefix names (e.g. {@code committee.}) if it names one. */
  private static boolean exists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    int dot = table.lastIndexOf('.');
    String schema = dot < 0 ? null : table.substring(0, dot);
    String name = table.substring(dot + 1);
    for (boolean upper : new boolean[] {true, false}) {
      try (ResultSet tables = metadata.getTables(connection.getCatalog(), schema == null ? null : cased(schema, upper),
          cased(name, upper), null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String cased(String identifier, boolean upper) {
    return upper ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "CommitteeHistoryLevel(name=" + NAME + ", id=" + ID + ")";
  }
}

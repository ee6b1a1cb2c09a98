package org.un.sc1540.workflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A schema of its own on the test PostgreSQL (127.0.0.1:5432, database {@code test}, user
 * {@code postgres}, as {@code ./mvnw -Ppostgres verify} expects), created before the application
 * starts and dropped afterwards, and the arguments that point the application at it (see PostgresIT).
 */
public final class PostgresSchema {

  public static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";
  public static final String USER = "postgres";

  private final String name;

  private PostgresSchema(String name) {
    this.name = name;
  }

  public static PostgresSchema create(String prefix) {
    PostgresSchema schema = new PostgresSchema(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    schema.execute("CREATE SCHEMA " + schema.name);
    return schema;
  }

  public void drop() {
    execute("DROP SCHEMA " + name + " CASCADE");
  }

  public String name() {
    return name;
  }

  /**
   * Profile {@code postgres} with this schema; Camunda is told the schema too, or it could take
   * another run's tables in {@code public} for its own.
   */
  public List<String> applicationArguments() {
    return List.of(
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + DATABASE + "?currentSchema=" + name,
        "--spring.datasource.username=" + USER,
        "--spring.datasource.password=",
        "--camunda.bpm.database.schema-name=" + name,
        "--camunda.bpm.database.table-prefix=" + name + ".");
  }

  /** The application on this schema, with the given profiles besides {@code postgres}, on a random port. */
  public ConfigurableApplicationContext startApplication(String... profiles) {
    List<String> arguments = new ArrayList<>(applicationArguments());
    arguments.add("--server.port=0");
    return new SpringApplicationBuilder(CommitteeWorkflowApplication.class)
        .profiles(profiles)
        .run(arguments.toArray(String[]::new));
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(DATABASE, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + DATABASE + ": " + sql + " failed", e);
    }
  }
}

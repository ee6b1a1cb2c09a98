package org.un.sc1540.workflow.faults;

import java.nio.file.Path;
import java.util.List;
import org.un.sc1540.workflow.PostgresSchema;

/** {@link KillMidDispatch} on PostgreSQL, in a schema of its own ({@code ./mvnw -Ppostgres verify}). */
class KillMidDispatchPostgresIT extends KillMidDispatch {

  private PostgresSchema schema;

  @Override
  void createDatabase() {
    schema = PostgresSchema.create("kill");
  }

  @Override
  void dropDatabase() {
    if (schema != null) {
      schema.drop();
    }
  }

  @Override
  List<String> databaseArguments(Path directory) {
    return schema.applicationArguments();
  }

  @Override
  String databaseName() {
    return "PostgreSQL";
  }
}

package org.un.sc1540.workflow.faults;

import java.nio.file.Path;
import java.util.List;

/**
 * {@link KillMidDispatch} on the default run's database: H2 in {@code ./data} of the application's
 * working directory, with the URL of {@code application.yaml}, so that what is tested is what an
 * operator runs.
 */
class KillMidDispatchIT extends KillMidDispatch {

  @Override
  List<String> databaseArguments(Path directory) {
    return List.of();
  }

  @Override
  String databaseName() {
    return "H2 file";
  }
}

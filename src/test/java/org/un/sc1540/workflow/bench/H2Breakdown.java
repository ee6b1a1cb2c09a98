package org.un.sc1540.workflow.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.MVTable;
import org.h2.table.Table;

/**
 * What the live data of an H2 file database is made of: each table's pages (its rows and its
 * indexes) and H2's own maps (LOB storage, where TEXT and BLOB values over 256 bytes live), the
 * largest first, with each table's row count. Pages as H2 counts them (their length on disk, before
 * the file's free space): what a compacted copy of the file holds.
 */
final class H2Breakdown {

  private H2Breakdown() {}

  record Part(String name, long rows, long bytes) {}

  static List<Part> of(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
      Database database = session.getDatabase();
      MVStore store = database.getStore().getMvStore();
      List<Part> parts = new ArrayList<>();
      for (Table table : database.getAllTablesAndViews()) {
        if (table instanceof MVTable mv) {
          parts.add(new Part(table.getName(), mv.getRowCountApproximation(session), mv.getDiskSpaceUsed(true, false)));
        }
      }
      for (String name : store.getMapNames()) {
        if (!name.startsWith("table.") && !name.startsWith("index.")) {
          try {
            MVMap<Object, Object> map = store.openMap(name);
            parts.add(new Part("(H2 map " + name + ")", map.sizeAsLong(), map.getRootPage().getDiskSpaceUsed(false)));
          } catch (RuntimeException e) {
            parts.add(new Part("(H2 map " + name + ": " + e + ")", -1, 0));
          }
        }
      }
      parts.sort(Comparator.comparingLong(Part::bytes).reversed());
      return parts;
    }
  }

  /** The largest parts for a benchmark's details: "name" → "rows, MiB". */
  static Map<String, Object> largest(List<Part> parts, int count) {
    Map<String, Object> result = new LinkedHashMap<>();
    long total = parts.stream().mapToLong(Part::bytes).sum();
    result.put("all tables and maps, MiB", BenchResults.round(total / 1048576.0));
    parts.stream().limit(count).forEach(part -> result.put(part.name(),
        part.rows() + " rows, " + BenchResults.round(part.bytes() / 1048576.0) + " MiB"));
    return result;
  }
}

package db.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the 193 Member States from {@code registry/member-states.csv}, the data file that
 * {@code MemberStatesFileTest} checks. A change of membership is a new migration, not an edit.
 */
public class V2__Load_member_states extends BaseJavaMigration {

  static final String DATA_FILE = "registry/member-states.csv";

  @Override
  public void migrate(Context context) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(new ClassPathResource(DATA_FILE).getInputStream(),
            StandardCharsets.UTF_8);
        PreparedStatement insert = context.getConnection().prepareStatement(
            "INSERT INTO member_state (iso3, iso2, name, language, addressee) VALUES (?, ?, ?, ?, ?)")) {
      for (CSVRecord row : format.parse(reader)) {
        insert.setString(1, row.get("iso3"));
        insert.setString(2, row.get("iso2"));
        insert.setString(3, row.get("name"));
        insert.setString(4, row.get("language"));
        insert.setString(5, row.get("addressee"));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}

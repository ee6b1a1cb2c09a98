package org.un.sc1540.workflow.assistance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The regional group of each Member State ({@code assistance/regional-groups.csv}), used to match
 * a request with providers that limit themselves to one region. Kiribati, in no group for elections,
 * is counted with Asia and the Pacific; Türkiye and the United States with the Western European and
 * other States, as they take part there.
 */
@Component
public class RegionalGroups {

  private final Map<String, RegionalGroup> groups;

  RegionalGroups() {
    Map<String, RegionalGroup> read = new HashMap<>();
    try (Reader in = new InputStreamReader(new ClassPathResource("assistance/regional-groups.csv").getInputStream(),
        StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        read.put(row.get("iso3"), RegionalGroup.valueOf(row.get("regional_group")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("assistance/regional-groups.csv cannot be read", e);
    }
    this.groups = Map.copyOf(read);
  }

  public RegionalGroup of(String stateCode) {
    RegionalGroup group = groups.get(stateCode);
    if (group == null) {
      throw new IllegalStateException(stateCode + " has no regional group in assistance/regional-groups.csv");
    }
    return group;
  }

  int size() {
    return groups.size();
  }
}

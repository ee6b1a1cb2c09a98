package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The data file the V2 migration loads: the 193 Member States and nothing else. */
class MemberStatesFileTest {

  private static List<CSVRecord> rows;

  @BeforeAll
  static void readDataFile() throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(
        new ClassPathResource("registry/member-states.csv").getInputStream(), StandardCharsets.UTF_8)) {
      rows = format.parse(reader).getRecords();
    }
  }

  @Test
  void listsExactlyThe193MemberStates() {
    assertThat(rows).hasSize(193);
  }

  @Test
  void everyAlpha3CodeIsAnIso3166Code() {
    Set<String> iso3166 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    assertThat(column("iso3")).allSatisfy(code -> assertThat(iso3166).contains(code));
  }

  @Test
  void everyAlpha2CodeIsTheIso3166CodeOfTheSameCountry() {
    Set<String> iso3166 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    assertThat(rows).allSatisfy(row -> {
      assertThat(iso3166).contains(row.get("iso2"));
      assertThat(new Locale("", row.get("iso2")).getISO3Country()).as(row.get("name")).isEqualTo(row.get("iso3"));
    });
  }

  @Test
  void noCodeOrNameAppearsTwice() {
    for (String column : List.of("iso3", "iso2", "name")) {
      assertThat(column(column)).as(column).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyStateCorrespondsInAnOfficialLanguageOfTheUnitedNations() {
    Set<String> official = Arrays.stream(UnLanguage.values()).map(UnLanguage::code).collect(Collectors.toSet());

    assertThat(official).containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es");
    assertThat(column("language")).allSatisfy(language -> assertThat(official).contains(language));
  }

  /** Observers (Holy See, State of Palestine) and territories that are not Member States. */
  @ParameterizedTest
  @ValueSource(strings = {"VAT", "PSE", "TWN", "XKX", "ESH", "COK", "NIU"})
  void leavesOutObserversAndNonMembers(String code) {
    assertThat(column("iso3")).doesNotContain(code);
  }

  @Test
  void everyStateHasAName() {
    assertThat(column("name")).allSatisfy(name -> assertThat(name).isNotBlank());
  }

  private static List<String> column(String name) {
    return rows.stream().map(row -> row.get(name)).toList();
  }
}

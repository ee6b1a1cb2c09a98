package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * Importing the contacts file: all or nothing, every bad line reported, history kept. The tests
 * share one database; each uses its own States, and the refused files write nothing.
 */
@CommitteeTest
class ContactImportTest {

  private static final String HEADER = "state,role,name,organization,email,valid_from\n";

  private final RegistryService registry;
  private final JdbcClient jdbc;

  ContactImportTest(RegistryService registry, JdbcClient jdbc) {
    this.registry = registry;
    this.jdbc = jdbc;
  }

  static Stream<Arguments> badFiles() {
    String good = "DEU,POC,Anna Schmidt,Federal Foreign Office,a.schmidt@example.org,2026-01-01\n";
    return Stream.of(
        arguments(named("malformed CSV (unclosed quote)", HEADER + good
            + "DEU,POC,\"Karl Weber,Federal Foreign Office,k.weber@example.org,2026-01-01\n"), 3, "malformed CSV"),
        arguments(named("wrong header", "country,role,name,organization,email,valid_from\n" + good),
            1, "the header must be exactly 'state,role,name,organization,email,valid_from'"),
        arguments(named("unknown ISO code", HEADER
            + "XYZ,POC,Anna Schmidt,Federal Foreign Office,a.schmidt@example.org,\n"), 2, "unknown State code 'XYZ'"),
        arguments(named("observer", HEADER
            + "VAT,MISSION,Apostolic Nunciature,,nunciature@example.org,\n"), 2, "unknown State code 'VAT'"),
        arguments(named("invalid e-mail", HEADER
            + "DEU,POC,Anna Schmidt,Federal Foreign Office,a.schmidt(at)example.org,\n"), 2,
            "'a.schmidt(at)example.org' is not a valid e-mail address"),
        arguments(named("e-mail with CR/LF (header injection)", HEADER
            + "DEU,POC,Anna Schmidt,,\"a.schmidt@example.org\r\nBcc: all@example.org\",\n"), 2,
            "e-mail address contains a line break"),
        arguments(named("duplicate rows", HEADER + good + good), 3, "duplicate row: the same contact is on line 2"),
        arguments(named("missing state", HEADER
            + ",POC,Anna Schmidt,Federal Foreign Office,a.schmidt@example.org,\n"), 2, "state is missing"),
        arguments(named("missing role", HEADER
            + "DEU,,Anna Schmidt,Federal Foreign Office,a.schmidt@example.org,\n"), 2, "role is missing"),
        arguments(named("missing name", HEADER
            + "DEU,POC,,Federal Foreign Office,a.schmidt@example.org,\n"), 2, "name is missing"),
        arguments(named("missing e-mail", HEADER + "DEU,POC,Anna Schmidt,Federal Foreign Office,,\n"), 2,
            "e-mail address is missing"),
        arguments(named("two Permanent Missions for one State", HEADER
            + "DEU,MISSION,Permanent Mission of Germany,,mission.a@example.org,\n"
            + "DEU,MISSION,Ständige Vertretung Deutschlands,,mission.b@example.org,\n"), 3,
            "a State has one Permanent Mission address; line 2 already gives one for DEU"),
        arguments(named("empty file", ""), 1, "the file is empty"),
        arguments(named("header only", HEADER), 1, "the file has a header but no contacts"),
        arguments(named("one good row and one bad row", HEADER + good
            + "DEU,POC,Karl Weber,Federal Foreign Office,k.weber@example,\n"), 3,
            "'k.weber@example' is not a valid e-mail address"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileIsRefusedWithItsLineAndReasonAndWritesNothing(String csv, long line, String reason) {
    long contactsBefore = contactCount();

    CsvImportException refused = importRefused(csv);

    assertThat(refused.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(line);
      assertThat(error.reason()).contains(reason);
    });
    assertThat(contactCount()).isEqualTo(contactsBefore);
  }

  @Test
  void everyBadLineIsReportedCountingBlankLinesAndQuotedLineBreaks() {
    String csv = HEADER
        + "ESP,POC,\"María\nGarcía\",Ministerio de Asuntos Exteriores,m.garcia@example.org,\n"
        + "\n"
        + "ESP,POC,Luis Pérez,Ministerio de Asuntos Exteriores,l.perez@example,\n"
        + "ESP,MISSION,Misión Permanente de España,,mision.espana@example.org,2026-13-01\n";

    CsvImportException refused = importRefused(csv);

    assertThat(refused.errors()).extracting(CsvRowError::line).containsExactly(2L, 5L, 6L);
    assertThat(refused.errors()).extracting(CsvRowError::reason).containsExactly(
        "name contains a line break or control character",
        "'l.perez@example' is not a valid e-mail address",
        "valid_from '2026-13-01' is not a date in the form YYYY-MM-DD");
  }

  @Test
  void headerNamesAreNotCaseSensitive() {
    String csv = "STATE,Role,Name,Organization,EMAIL,Valid_From\n"
        + "ITA,POC,Giulia Rossi,Ministero degli Affari Esteri,g.rossi@example.org,2026-02-01\n";

    registry.importContacts(new StringReader(csv));

    assertThat(registry.contactHistory("ITA")).extracting(Contact::email).contains("g.rossi@example.org");
  }

  @Test
  void newPointOfContactEndsThePreviousOneTheDayBeforeAndKeepsItInTheHistory() {
    Contact previous = currentPointOfContact("FRA");
    String csv = HEADER
        + "FRA,POC,Jeanne Martin,Ministry of Europe and Foreign Affairs,j.martin@example.org,2027-03-01\n";

    registry.importContacts(new StringReader(csv));

    assertThat(registry.contactHistory("FRA"))
        .filteredOn(c -> c.id() == previous.id()).singleElement()
        .satisfies(ended -> assertThat(ended.validTo()).isEqualTo(LocalDate.of(2027, 2, 28)));
    onCommitteeDay(LocalDate.of(2027, 3, 1));
    assertThat(registry.currentContacts("FRA")).filteredOn(c -> c.role() == ContactRole.POC)
        .extracting(Contact::name, Contact::email, Contact::validFrom)
        .containsExactly(tuple("Jeanne Martin", "j.martin@example.org", LocalDate.of(2027, 3, 1)));
  }

  @Test
  void reimportingTheSameFileChangesNothing() {
    String csv = HEADER
        + "NOR,MISSION,Permanent Mission of Norway,,mission.norway@example.org,2026-06-01\n"
        + "NOR,POC,Ola Nordmann,Ministry of Foreign Affairs,o.nordmann@example.org,2026-06-01\n";
    registry.importContacts(new StringReader(csv));
    List<Contact> history = registry.contactHistory("NOR");
    long contacts = contactCount();

    RegistryService.ImportSummary again = registry.importContacts(new StringReader(csv));

    assertThat(again).isEqualTo(new RegistryService.ImportSummary(2, 0, 0, 2));
    assertThat(contactCount()).isEqualTo(contacts);
    assertThat(registry.contactHistory("NOR")).isEqualTo(history);
  }

  private CsvImportException importRefused(String csv) {
    CsvImportException refused = catchThrowableOfType(CsvImportException.class,
        () -> registry.importContacts(new StringReader(csv)));
    assertThat(refused).as("the file is refused").isNotNull();
    return refused;
  }

  private Contact currentPointOfContact(String state) {
    return registry.contactHistory(state).stream()
        .filter(c -> c.role() == ContactRole.POC && c.validTo() == null)
        .findFirst().orElseThrow();
  }

  private long contactCount() {
    return jdbc.sql("SELECT COUNT(*) FROM state_contact").query(Long.class).single();
  }

  private static void onCommitteeDay(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.NOON).atZone(CommitteeClock.ZONE).toInstant()));
  }
}

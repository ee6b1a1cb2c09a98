package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Importing the organizations' contacts file: all or nothing, every bad line reported, history
 * kept. The tests share one database; each uses organizations of its own (acronyms beginning TST),
 * and the refused files write nothing.
 */
@CommitteeTest
class OrganizationImportTest {

  private static final String HEADER = "acronym,organization,kind,language,organization_email,name,unit,email,valid_from\n";

  private final OrganizationService organizations;
  private final JdbcClient jdbc;

  OrganizationImportTest(OrganizationService organizations, JdbcClient jdbc) {
    this.organizations = organizations;
    this.jdbc = jdbc;
  }

  @Test
  void goodFileAddsTheOrganizationsAndTheirPointsOfContact() {
    String csv = HEADER
        + "TST-ONE,Test Organization One,INTERNATIONAL,fr,one@example.org,Claire Dubois,Legal Office,c.dubois@example.org,2026-01-15\n"
        + "tst-one,Test Organization One,INTERNATIONAL,fr,one@example.org,Marc Petit,,m.petit@example.org,2026-01-15\n"
        + "TST/TWO,\"Test Organization Two, Secretariat\",SUBREGIONAL,ar,two@example.org,Layla Haddad,,l.haddad@example.org,\n";

    OrganizationService.ImportSummary summary = organizations.importContacts(new StringReader(csv));

    assertThat(summary).isEqualTo(new OrganizationService.ImportSummary(3, 2, 0, 3, 0, 0));
    Organization one = organizations.organization("TST-ONE").orElseThrow();
    assertThat(one).extracting(Organization::name, Organization::kind, Organization::language, Organization::email,
        Organization::demo).containsExactly("Test Organization One", OrganizationKind.INTERNATIONAL, UnLanguage.FR,
        "one@example.org", false);
    assertThat(organizations.contactHistory(one.id()))
        .extracting(OrganizationContact::name, OrganizationContact::unit, OrganizationContact::validFrom)
        .containsExactly(tuple("Claire Dubois", "Legal Office", LocalDate.of(2026, 1, 15)),
            tuple("Marc Petit", null, LocalDate.of(2026, 1, 15)));
    assertThat(organizations.organization("tst/two").orElseThrow().name()).isEqualTo("Test Organization Two, Secretariat");
  }

  @Test
  void fileWithErrorsOnLines3And5IsRefusedNamingThemAndWritesNothing() {
    String csv = HEADER
        + "TST-BAD,Test Bad Organization,REGIONAL,en,bad@example.org,Ana Lima,,a.lima@example.org,2026-02-01\n"
        + "TST-BAD,Test Bad Organization,GLOBAL,en,bad@example.org,Rui Costa,,r.costa@example.org,2026-02-01\n"
        + "TST-BAD2,Test Bad Organization Two,REGIONAL,es,bad2@example.org,Eva Ruiz,,e.ruiz@example.org,2026-02-01\n"
        + "TST-BAD2,Test Bad Organization Two,REGIONAL,pt,bad2@example.org,Luis Gil,,luis.gil(at)example.org,2026-02-01\n";
    long organizationsBefore = count("organization");
    long contactsBefore = count("organization_contact");

    CsvImportException refused = catchThrowableOfType(CsvImportException.class,
        () -> organizations.importContacts(new StringReader(csv)));

    assertThat(refused).as("the file is refused").isNotNull();
    assertThat(refused.errors()).extracting(CsvRowError::line).containsExactly(3L, 5L);
    assertThat(refused.errors().get(0).reason()).contains("kind 'GLOBAL' is not INTERNATIONAL, REGIONAL or SUBREGIONAL");
    assertThat(refused.errors().get(1).reason())
        .contains("language 'pt' is not a UN official language")
        .contains("'luis.gil(at)example.org' is not a valid e-mail address");
    assertThat(refused.getMessage()).contains("line 3: ", "line 5: ");
    assertThat(count("organization")).isEqualTo(organizationsBefore);
    assertThat(count("organization_contact")).isEqualTo(contactsBefore);
    assertThat(organizations.organization("TST-BAD")).isEmpty();
  }

  @Test
  void oneOrganizationGivenWithDifferentDetailsOnTwoLinesIsRefused() {
    String csv = HEADER
        + "TST-SPLIT,Test Split Organization,REGIONAL,en,split@example.org,Ana Lima,,a.lima@example.org,\n"
        + "TST-SPLIT,Test Split Organization,REGIONAL,en,other@example.org,Rui Costa,,r.costa@example.org,\n";

    CsvImportException refused = catchThrowableOfType(CsvImportException.class,
        () -> organizations.importContacts(new StringReader(csv)));

    assertThat(refused.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.reason()).contains("differ from line 2");
    });
  }

  @Test
  void formulaLikeAcronymIsRefused() {
    CsvImportException refused = catchThrowableOfType(CsvImportException.class,
        () -> organizations.importContacts(new StringReader(HEADER
            + "=cmd,Test Organization,REGIONAL,en,x@example.org,Ana Lima,,a.lima@example.org,\n")));

    assertThat(refused.errors()).singleElement().extracting(CsvRowError::reason).asString()
        .contains("acronym '=cmd' must begin with a letter or digit");
  }

  @Test
  void newPointOfContactEndsThePreviousOneTheDayBeforeAndKeepsItInTheHistory() {
    organizations.importContacts(new StringReader(HEADER
        + "TST-HIST,Test History Organization,INTERNATIONAL,en,hist@example.org,Ana Lima,,a.lima@example.org,2026-01-01\n"));

    OrganizationService.ImportSummary summary = organizations.importContacts(new StringReader(HEADER
        + "TST-HIST,Test History Organization,INTERNATIONAL,en,hist@example.org,Rui Costa,,r.costa@example.org,2026-06-01\n"));

    assertThat(summary).isEqualTo(new OrganizationService.ImportSummary(1, 0, 0, 1, 1, 0));
    long id = organizations.organization("TST-HIST").orElseThrow().id();
    assertThat(organizations.contactHistory(id))
        .extracting(OrganizationContact::name, OrganizationContact::validFrom, OrganizationContact::validTo)
        .containsExactly(tuple("Ana Lima", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31)),
            tuple("Rui Costa", LocalDate.of(2026, 6, 1), null));
  }

  @Test
  void correctedDetailsUpdateTheOrganizationAndKeepItsContacts() {
    organizations.importContacts(new StringReader(HEADER
        + "TST-FIX,Test Fix Organisation,REGIONAL,en,fix@example.org,Ana Lima,,a.lima@example.org,2026-01-01\n"));

    OrganizationService.ImportSummary summary = organizations.importContacts(new StringReader(HEADER
        + "TST-FIX,Test Fix Organization,SUBREGIONAL,es,fix.1540@example.org,Ana Lima,,a.lima@example.org,2026-01-01\n"));

    assertThat(summary).isEqualTo(new OrganizationService.ImportSummary(1, 0, 1, 0, 0, 1));
    assertThat(organizations.organization("TST-FIX").orElseThrow())
        .extracting(Organization::name, Organization::kind, Organization::language, Organization::email)
        .containsExactly("Test Fix Organization", OrganizationKind.SUBREGIONAL, UnLanguage.ES, "fix.1540@example.org");
  }

  @Test
  void demonstrationOrganizationsAreLoadedUnderExampleOrg() {
    assertThat(organizations.organizations()).filteredOn(Organization::demo)
        .extracting(Organization::acronym)
        .contains("IAEA", "OPCW", "BWC ISU", "INTERPOL", "WCO", "UNODC", "UNRCPD", "UNLIREC", "UNREC", "AU", "EU",
            "OAS/CICTE", "OSCE", "ASEAN", "CARICOM", "SICA", "LAS");
    assertThat(organizations.organizations()).filteredOn(Organization::demo)
        .allSatisfy(o -> {
          assertThat(o.email()).endsWith("@example.org");
          assertThat(organizations.contactHistory(o.id())).isNotEmpty()
              .allSatisfy(c -> assertThat(c.email()).endsWith("@example.org"))
              .allSatisfy(c -> assertThat(c.demo()).isTrue());
        });
    assertThat(organizations.addDemoOrganizationsIfEmpty()).as("not added twice").isZero();
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }
}

package org.un.sc1540.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.un.sc1540.workflow.PostgresApplication;

/**
 * The organizations tables on PostgreSQL (V90; profiles {@code postgres,test}, {@code ./mvnw
 * -Ppostgres verify}): the demonstration set loaded at start, a new point of contact ending the
 * previous one. A schema of its own, dropped after the run.
 */
class OrganizationsPostgresIT {

  @RegisterExtension
  static final PostgresApplication POSTGRES = new PostgresApplication("it_organizations");

  @Test
  void demonstrationOrganizationsAreLoadedAndANewPointOfContactEndsThePreviousOne() {
    OrganizationService organizations = POSTGRES.bean(OrganizationService.class);
    Organization opcw = organizations.organization("opcw").orElseThrow();

    organizations.importContacts(new StringReader(
        "acronym,organization,kind,language,organization_email,name,unit,email,valid_from\n"
            + "OPCW,Organisation for the Prohibition of Chemical Weapons,INTERNATIONAL,en,opcw@example.org,"
            + "Ana Lima,,a.lima@example.org,2026-05-01\n"));

    assertThat(opcw.demo()).isTrue();
    assertThat(organizations.organizations()).extracting(Organization::acronym).contains("IAEA", "LAS", "SICA");
    assertThat(organizations.contactHistory(opcw.id()))
        .extracting(OrganizationContact::email, OrganizationContact::validTo)
        .containsExactly(tuple("poc.opcw@example.org", LocalDate.of(2026, 4, 30)), tuple("a.lima@example.org", null));
  }
}

package org.un.sc1540.workflow.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;

/**
 * International, regional and subregional organizations and their 1540 points of contact
 * (resolution 2663 §23, programme of work §10(c)-(d)), kept with their history as States' contacts are.
 */
@Service
public class OrganizationService {

  /** Demonstration organizations in the import format; every address is under example.org. */
  static final String DEMO_FILE = "registry/demo-organizations.csv";

  private final OrganizationRepository repository;
  private final CommitteeClock clock;

  OrganizationService(OrganizationRepository repository, CommitteeClock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public List<Organization> organizations() {
    return repository.findAll();
  }

  public Optional<Organization> organization(String acronym) {
    return repository.findByAcronym(acronym);
  }

  public Optional<Organization> organization(long id) {
    return repository.findById(id);
  }

  /** The organization's points of contact current today (New York). */
  public List<OrganizationContact> currentContacts(long organizationId) {
    return currentContacts().getOrDefault(organizationId, List.of());
  }

  /** Every organization's points of contact current today (New York), by organization id. */
  public Map<Long, List<OrganizationContact>> currentContacts() {
    return repository.findAllCurrentContacts(clock.today()).stream()
        .collect(Collectors.groupingBy(OrganizationContact::organizationId));
  }

  public List<OrganizationContact> contactHistory(long organizationId) {
    return repository.findContacts(organizationId);
  }

  /**
   * Imports the organizations' contacts file. An organization the registry does not have is added;
   * one whose details differ is corrected. For each organization in the file, its rows are its
   * current points of contact from their {@code valid_from}: contacts already current stay, the ones
   * no longer listed end the day before, new ones start. All or nothing.
   */
  @Transactional
  public ImportSummary importContacts(Reader csv) {
    return store(OrganizationContactCsv.parse(csv, clock.today()), false);
  }

  /** Adds the demonstration organizations and contacts when the registry has no organization at all. */
  @Transactional
  public int addDemoOrganizationsIfEmpty() {
    if (repository.count() > 0) {
      return 0;
    }
    try (Reader reader = new InputStreamReader(new ClassPathResource(DEMO_FILE).getInputStream(),
        StandardCharsets.UTF_8)) {
      return store(OrganizationContactCsv.parse(reader, clock.today()), true).organizationsAdded();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEMO_FILE, e);
    }
  }

  public void exportContacts(Writer out) throws IOException {
    OrganizationContactCsv.write(repository.findAll(), repository.findAllContacts(), out);
  }

  private ImportSummary store(List<OrganizationContactCsv.Row> rows, boolean demo) {
    Map<String, List<OrganizationContactCsv.Row>> byOrganization = rows.stream().collect(Collectors.groupingBy(
        OrganizationContactCsv.Row::key, LinkedHashMap::new, Collectors.toList()));
    int organizationsAdded = 0;
    int organizationsUpdated = 0;
    int added = 0;
    int ended = 0;
    int unchanged = 0;
    for (List<OrganizationContactCsv.Row> group : byOrganization.values()) {
      OrganizationContactCsv.Row first = group.get(0);
      Optional<Organization> existing = repository.findByAcronym(first.acronym());
      long organizationId;
      if (existing.isEmpty()) {
        try {
          organizationId = repository.insert(first.acronym(), first.organization(), first.kind(), first.language(),
              first.organizationEmail(), demo);
        } catch (DuplicateKeyException addedMeanwhile) {
          throw Refused.conflict(first.acronym() + " was added by another import at the same moment; nothing of "
              + "this file was written. Send it again.");
        }
        organizationsAdded++;
      } else {
        organizationId = existing.get().id();
        if (!sameDetails(existing.get(), first)) {
          repository.update(organizationId, first.acronym(), first.organization(), first.kind(), first.language(),
              first.organizationEmail());
          organizationsUpdated++;
        }
      }
      LocalDate changeDay = group.stream().map(OrganizationContactCsv.Row::validFrom).max(LocalDate::compareTo)
          .orElseThrow();
      List<OrganizationContact> current = repository.findContacts(organizationId).stream()
          .filter(c -> c.validTo() == null)
          .toList();
      for (OrganizationContact contact : current) {
        if (group.stream().anyMatch(r -> sameContact(contact, r))) {
          unchanged++;
        } else {
          LocalDate lastDay = changeDay.minusDays(1);
          repository.endContact(contact.id(), lastDay.isBefore(contact.validFrom()) ? contact.validFrom() : lastDay);
          ended++;
        }
      }
      for (OrganizationContactCsv.Row row : group) {
        if (current.stream().noneMatch(c -> sameContact(c, row))) {
          repository.insertContact(organizationId, row.name(), row.unit(), row.email(), row.validFrom(), demo);
          added++;
        }
      }
    }
    return new ImportSummary(rows.size(), organizationsAdded, organizationsUpdated, added, ended, unchanged);
  }

  private static boolean sameDetails(Organization organization, OrganizationContactCsv.Row row) {
    return organization.acronym().equals(row.acronym()) && organization.name().equals(row.organization())
        && organization.kind() == row.kind() && organization.language() == row.language()
        && organization.email().equalsIgnoreCase(row.organizationEmail());
  }

  private static boolean sameContact(OrganizationContact contact, OrganizationContactCsv.Row row) {
    return contact.email().equalsIgnoreCase(row.email()) && contact.name().equals(row.name())
        && Objects.equals(contact.unit(), row.unit());
  }

  public record ImportSummary(int rows, int organizationsAdded, int organizationsUpdated, int added, int ended,
      int unchanged) {}
}

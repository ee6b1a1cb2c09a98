package org.un.sc1540.workflow.registry;

import org.un.sc1540.workflow.security.EngineRules;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Member States, their contacts over time, and what they have submitted to the Committee. */
@Service
public class RegistryService implements EngineRules.MemberStates {

  private final RegistryRepository repository;
  private final CommitteeClock clock;
  private volatile Map<String, MemberState> states;

  RegistryService(RegistryRepository repository, CommitteeClock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The 193 Member States, by alpha-3 code. Membership changes only by migration. */
  public Map<String, MemberState> states() {
    Map<String, MemberState> loaded = states;
    if (loaded == null) {
      loaded = repository.findAllStates().stream().collect(Collectors.toMap(MemberState::code, Function.identity(),
          (a, b) -> a, LinkedHashMap::new));
      states = loaded;
    }
    return loaded;
  }

  @Override
  public boolean isMember(String stateCode) {
    return stateCode != null && states().containsKey(stateCode);
  }

  public MemberState state(String stateCode) {
    MemberState state = stateCode == null ? null : states().get(stateCode.toUpperCase(Locale.ROOT));
    if (state == null) {
      throw new UnknownStateException(stateCode);
    }
    return state;
  }

  public List<Contact> currentContacts(String stateCode) {
    return repository.findCurrentContacts(state(stateCode).code(), clock.today());
  }

  public List<Contact> contactHistory(String stateCode) {
    return repository.findContacts(state(stateCode).code());
  }

  public Optional<LocalDate> firstReportDate(String stateCode) {
    return repository.findFirstReportDate(state(stateCode).code());
  }

  public List<String> statesWithoutFirstReport() {
    return repository.findStatesWithoutFirstReport();
  }

  public List<Submission> submissions() {
    return repository.findSubmissions();
  }

  /**
   * Records a first national report. Idempotent: a State has one first report, so a second call
   * (a retried job, the same report recorded from Tasklist and over REST) keeps the first.
   *
   * @return the first-report date the registry holds afterwards
   */
  @Transactional
  public LocalDate recordFirstReport(String stateCode, LocalDate receivedOn, String reference) {
    String code = state(stateCode).code();
    Optional<LocalDate> existing = repository.findFirstReportDate(code);
    if (existing.isPresent()) {
      return existing.get();
    }
    repository.insertSubmission(code, SubmissionKind.FIRST_REPORT, receivedOn, reference);
    return receivedOn;
  }

  @Transactional
  public void recordAdditionalInformation(String stateCode, LocalDate receivedOn, String reference) {
    repository.insertSubmission(state(stateCode).code(), SubmissionKind.ADDITIONAL_INFORMATION, receivedOn, reference);
  }

  /**
   * Imports the contacts file. For each State and role in the file, the rows are its current
   * contacts from their {@code valid_from}: contacts already current stay, the ones no longer
   * listed end the day before, new ones start. All or nothing.
   */
  @Transactional
  public ImportSummary importContacts(Reader csv) {
    List<ContactCsv.Row> rows = ContactCsv.parse(csv, Set.copyOf(states().keySet()), clock.today());
    Map<String, List<ContactCsv.Row>> byStateAndRole = rows.stream().collect(Collectors.groupingBy(
        r -> r.stateCode() + "|" + r.role(), LinkedHashMap::new, Collectors.toList()));
    int added = 0;
    int ended = 0;
    int unchanged = 0;
    for (List<ContactCsv.Row> group : byStateAndRole.values()) {
      ContactCsv.Row first = group.get(0);
      LocalDate changeDay = group.stream().map(ContactCsv.Row::validFrom).max(LocalDate::compareTo).orElseThrow();
      List<Contact> current = repository.findContacts(first.stateCode()).stream()
          .filter(c -> c.role() == first.role() && c.validTo() == null)
          .toList();
      for (Contact contact : current) {
        boolean stillListed = group.stream().anyMatch(r -> sameContact(contact, r));
        if (stillListed) {
          unchanged++;
        } else {
          LocalDate lastDay = changeDay.minusDays(1);
          repository.endContact(contact.id(), lastDay.isBefore(contact.validFrom()) ? contact.validFrom() : lastDay);
          ended++;
        }
      }
      for (ContactCsv.Row row : group) {
        if (current.stream().noneMatch(c -> sameContact(c, row))) {
          repository.insertContact(row.stateCode(), row.role(), row.name(), row.organization(), row.email(),
              row.validFrom(), false);
          added++;
        }
      }
    }
    return new ImportSummary(rows.size(), added, ended, unchanged);
  }

  private static boolean sameContact(Contact contact, ContactCsv.Row row) {
    return contact.email().equalsIgnoreCase(row.email()) && contact.name().equals(row.name())
        && Objects.equals(contact.organization(), row.organization());
  }

  /** Adds demonstration contacts under example.org when the registry has none at all. */
  @Transactional
  public int addDemoContactsIfEmpty() {
    if (repository.countContacts() > 0) {
      return 0;
    }
    LocalDate from = LocalDate.of(2025, 1, 1);
    for (MemberState state : states().values()) {
      String slug = state.code().toLowerCase(Locale.ROOT);
      repository.insertContact(state.code(), ContactRole.MISSION, "Permanent Mission of " + state.name()
          + " (demonstration)", null, "mission." + slug + "@example.org", from, true);
      repository.insertContact(state.code(), ContactRole.POC, "National point of contact of " + state.name()
          + " (demonstration)", "Ministry of Foreign Affairs (demonstration)", "poc." + slug + "@example.org", from, true);
    }
    return states().size() * 2;
  }

  public void exportContacts(Writer out) throws IOException {
    ContactCsv.write(repository.findAllContacts(), out);
  }

  public record ImportSummary(int rows, int added, int ended, int unchanged) {}
}

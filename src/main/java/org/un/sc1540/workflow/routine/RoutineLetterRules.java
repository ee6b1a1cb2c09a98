package org.un.sc1540.workflow.routine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.OrganizationKind;

/**
 * Who receives which March routine letter, from the registry's facts as of a day (docs/routine-letters.md).
 * No database and no engine: the facts come in, the addressees go out, each with the rule that chose it.
 * First reminders to non-reporting States are not here: they are the reminder campaign's (NonReportingStatesProcess).
 */
final class RoutineLetterRules {

  /** What the registry knows of a State. */
  record StateFacts(String code, boolean firstReport, LocalDate lastSubmission, List<LocalDate> currentPocsFrom) {}

  /** An assistance request that is not closed. */
  record OpenRequest(String stateCode, String reference, LocalDate receivedOn) {}

  /** A provider of the assistance register: a State or a registry organization, with its record. */
  record ProviderFacts(String stateCode, Long organizationId, LocalDate lastOffer, LocalDate lastMatch) {}

  /** What the registry knows of an organization. */
  record OrganizationFacts(long id, OrganizationKind kind, List<LocalDate> currentContactsFrom) {}

  /** One addressee of one letter type, why it was chosen, and what its letter says about it. */
  record Selected(LetterType type, String stateCode, Long organizationId, String reason, Integer lastSubmissionYear,
      LocalDate pocConfirmedOn, String requestReferences) {}

  /** The eight letter types the routine letters process reviews and sends, in the order of its tasks. */
  static final List<LetterType> TYPES = List.of(LetterType.ADDITIONAL_INFORMATION_REQUEST,
      LetterType.POC_NOMINATION_REQUEST, LetterType.POC_UPDATE_REQUEST, LetterType.ASSISTANCE_REQUESTER_FOLLOW_UP,
      LetterType.ASSISTANCE_PROVIDER_LETTER, LetterType.ASSISTANCE_POTENTIAL_PROVIDER_LETTER,
      LetterType.ORGANIZATION_POC_NOMINATION_REQUEST, LetterType.ORGANIZATION_POC_UPDATE_REQUEST);

  private final RoutineLettersProperties settings;

  RoutineLetterRules(RoutineLettersProperties settings) {
    this.settings = settings;
  }

  List<Selected> select(int year, LocalDate today, List<StateFacts> states, List<OpenRequest> requests,
      List<ProviderFacts> providers, List<OrganizationFacts> organizations) {
    List<Selected> selected = new ArrayList<>();
    int lastQuietYear = year - settings.additionalInformationAfterYears();
    LocalDate pocCutoff = today.minusMonths(settings.pocConfirmationMonths());
    for (StateFacts state : states) {
      // 2663 §7: a State that reported, from which nothing arrived since before the last N calendar years.
      if (state.firstReport() && state.lastSubmission() != null && state.lastSubmission().getYear() <= lastQuietYear) {
        selected.add(new Selected(LetterType.ADDITIONAL_INFORMATION_REQUEST, state.code(), null,
            "nothing received since " + state.lastSubmission().getYear() + " (rule: "
                + settings.additionalInformationAfterYears() + " years or more)",
            state.lastSubmission().getYear(), null, null));
      }
      // PoW §8(c): no current national point of contact.
      if (state.currentPocsFrom().isEmpty()) {
        selected.add(new Selected(LetterType.POC_NOMINATION_REQUEST, state.code(), null,
            "no national point of contact in the registry", null, null, null));
      } else {
        LocalDate latest = state.currentPocsFrom().stream().max(Comparator.naturalOrder()).orElseThrow();
        if (latest.isBefore(pocCutoff)) {
          selected.add(new Selected(LetterType.POC_UPDATE_REQUEST, state.code(), null,
              "national point of contact not confirmed since " + latest + " (rule: "
                  + settings.pocConfirmationMonths() + " months)", null, latest, null));
        }
      }
    }
    // PoW §9(c): requesting States with a request open for longer than N months.
    LocalDate requestCutoff = today.minusMonths(settings.requesterFollowUpAfterMonths());
    Map<String, List<String>> openByState = new LinkedHashMap<>();
    requests.stream().filter(r -> !r.receivedOn().isAfter(requestCutoff))
        .sorted(Comparator.comparing(OpenRequest::stateCode).thenComparing(OpenRequest::reference))
        .forEach(r -> openByState.computeIfAbsent(r.stateCode(), c -> new ArrayList<>()).add(r.reference()));
    openByState.forEach((state, references) -> selected.add(new Selected(LetterType.ASSISTANCE_REQUESTER_FOLLOW_UP,
        state, null, "open request(s) received before " + requestCutoff, null, null, String.join(", ", references))));
    // 2663 §18, §20: regular providers (an offer or a match in the last N years); the others potential.
    LocalDate providerCutoff = LocalDate.of(year - settings.regularProviderYears(), 1, 1);
    Set<String> regular = new HashSet<>();
    Set<String> lapsed = new HashSet<>();
    for (ProviderFacts provider : providers) {
      String key = key(provider.stateCode(), provider.organizationId());
      if (key == null) {
        continue;
      }
      boolean active = recent(provider.lastOffer(), providerCutoff) || recent(provider.lastMatch(), providerCutoff);
      (active ? regular : lapsed).add(key);
    }
    lapsed.removeAll(regular);
    for (String key : regular.stream().sorted().toList()) {
      selected.add(provider(LetterType.ASSISTANCE_PROVIDER_LETTER, key, "an offer or a match since " + providerCutoff));
    }
    Set<String> potential = new HashSet<>(lapsed);
    for (OrganizationFacts organization : organizations) {
      if (settings.potentialProviderOrganizationKinds().contains(organization.kind())) {
        potential.add(key(null, organization.id()));
      }
    }
    potential.removeAll(regular);
    for (String key : potential.stream().sorted().toList()) {
      selected.add(provider(LetterType.ASSISTANCE_POTENTIAL_PROVIDER_LETTER, key, lapsed.contains(key)
          ? "a provider with no offer or match since " + providerCutoff
          : "an organization of a kind that may offer assistance (" + settings.potentialProviderOrganizationKinds() + ")"));
    }
    // 2663 §23, PoW §10(c)-(d): organizations without, or with a stale, point of contact.
    LocalDate organizationCutoff = today.minusMonths(settings.organizationPocConfirmationMonths());
    for (OrganizationFacts organization : organizations) {
      if (organization.currentContactsFrom().isEmpty()) {
        selected.add(new Selected(LetterType.ORGANIZATION_POC_NOMINATION_REQUEST, null, organization.id(),
            "no point of contact in the registry", null, null, null));
      } else {
        LocalDate latest = organization.currentContactsFrom().stream().max(Comparator.naturalOrder()).orElseThrow();
        if (latest.isBefore(organizationCutoff)) {
          selected.add(new Selected(LetterType.ORGANIZATION_POC_UPDATE_REQUEST, null, organization.id(),
              "point of contact not confirmed since " + latest + " (rule: "
                  + settings.organizationPocConfirmationMonths() + " months)", null, latest, null));
        }
      }
    }
    return selected;
  }

  private static boolean recent(LocalDate day, LocalDate cutoff) {
    return day != null && !day.isBefore(cutoff);
  }

  private static String key(String stateCode, Long organizationId) {
    if (stateCode != null) {
      return "S:" + stateCode;
    }
    return organizationId == null ? null : "O:" + organizationId;
  }

  private static Selected provider(LetterType type, String key, String reason) {
    boolean state = key.startsWith("S:");
    return new Selected(type, state ? key.substring(2) : null, state ? null : Long.valueOf(key.substring(2)),
        reason, null, null, null);
  }

}

package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.EmailAddresses;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.UnLanguage;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * Offers of assistance and the consolidated list of providers (2663 §18, PoW §9(a)). A provider is
 * a Member State (by its code), an organization (by its name until the organizations registry
 * gives it an id) or another provider; it is added with its first offer.
 */
@Service
public class AssistanceOffers {

  private final AssistanceRegister register;
  private final AssistanceRequests requests;
  private final RegistryService registry;
  private final RuntimeService runtimeService;
  private final CommitteeAccess access;
  private final CommitteeClock clock;

  AssistanceOffers(AssistanceRegister register, AssistanceRequests requests, RegistryService registry,
      RuntimeService runtimeService, CommitteeAccess access, CommitteeClock clock) {
    this.register = register;
    this.requests = requests;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.access = access;
    this.clock = clock;
  }

  /**
   * An offer as received, parsed.
   *
   * @param name an organization's or other provider's name (a State is named by {@code stateCode})
   * @param addressee how letters name it ("the International Atomic Energy Agency"); the name if absent
   * @param email and {@code language}: where and in which UN language its letters go (not for a State)
   * @param region the one regional group the provider limits its assistance to, if any
   * @param requestId the request the offer answers, if it answers one
   */
  public record NewOffer(ProviderKind kind, String stateCode, Long organizationId, String name, String addressee,
      String email, UnLanguage language, RegionalGroup region, List<AssistanceArea> areas, String description,
      LocalDate validFrom, LocalDate validTo, LocalDate receivedOn, Long requestId) {}

  public record Registered(long offerId, long providerId, String requestBusinessKey) {}

  /**
   * Registers an offer (and its provider, the first time). An offer that answers a request reaches
   * the request's process as the message {@code AssistanceOfferReceived}.
   */
  @Transactional
  public Registered register(NewOffer offer) {
    access.require("register an offer of assistance", CommitteeGroups.SECRETARIAT, CommitteeGroups.EXPERTS);
    AssistanceRequest answered = offer.requestId() == null ? null : requests.get(offer.requestId());
    LocalDate today = clock.today();
    LocalDate receivedOn = offer.receivedOn() == null ? today : offer.receivedOn();
    if (receivedOn.isAfter(today)) {
      throw Refused.badRequest("receivedOn " + receivedOn + " is in the future (today is " + today + " in New York)");
    }
    LocalDate validFrom = offer.validFrom() == null ? receivedOn : offer.validFrom();
    if (offer.validTo() != null && offer.validTo().isBefore(validFrom)) {
      throw Refused.badRequest("validTo " + offer.validTo() + " is before validFrom " + validFrom);
    }
    if (answered != null && !answered.open()) {
      throw Refused.conflict(answered.businessKey() + " was closed on " + answered.closedOn()
          + "; register the offer without requestId to keep it for other requests");
    }
    long providerId = provider(offer);
    long offerId = register.insertOffer(providerId, offer.areas(), offer.description(), validFrom, offer.validTo(),
        receivedOn, access.userId(), clock.instant());
    if (answered != null) {
      // The request's own rule decides who may link an offer to it (a confidential request: the experts).
      requests.offerReceived(answered.id(), offerId);
      access.asApplication(() -> runtimeService.createMessageCorrelation(AssistanceRequestProcess.MESSAGE_OFFER_RECEIVED)
          .processInstanceBusinessKey(answered.businessKey())
          .setVariableToTriggeredScope(AssistanceRequestProcess.OFFER_ID, offerId)
          .correlateWithResult());
    }
    return new Registered(offerId, providerId, answered == null ? null : answered.businessKey());
  }

  private long provider(NewOffer offer) {
    if (offer.kind() == ProviderKind.STATE) {
      if (offer.stateCode() == null) {
        throw Refused.badRequest("stateCode is required for a State provider (ISO 3166-1 alpha-3, such as FRA)");
      }
      MemberState state = registry.state(offer.stateCode());
      String key = state.code().toLowerCase(Locale.ROOT);
      return register.provider(ProviderKind.STATE, key).map(existing -> {
        register.updateProvider(existing.id(), null, null, null, offer.region(), null);
        return existing.id();
      }).orElseGet(() -> register.insertProvider(ProviderKind.STATE, state.code(), null, state.name(), key, null, null,
          null, offer.region(), access.userId(), clock.instant()));
    }
    if (offer.name() == null) {
      throw Refused.badRequest("name is required for " + (offer.kind() == ProviderKind.ORGANIZATION
          ? "an organization" : "a provider that is not a State"));
    }
    if (offer.email() != null && EmailAddresses.problem(offer.email()) != null) {
      throw Refused.badRequest("email '" + offer.email() + "' is not a single plain e-mail address: "
          + EmailAddresses.problem(offer.email()));
    }
    String key = offer.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return register.provider(offer.kind(), key).map(existing -> {
      register.updateProvider(existing.id(), offer.addressee(), offer.email(),
          offer.language() == null ? null : offer.language().code(), offer.region(), offer.organizationId());
      return existing.id();
    }).orElseGet(() -> {
      if (offer.email() == null || offer.language() == null) {
        throw Refused.badRequest("email and language are required the first time " + offer.name()
            + " offers assistance: the Committee writes to it there, in that UN language (ar, zh, en, fr, ru, es)");
      }
      return register.insertProvider(offer.kind(), null, offer.organizationId(), offer.name(), key,
          offer.addressee() == null ? offer.name() : offer.addressee(), offer.email(), offer.language().code(),
          offer.region(), access.userId(), clock.instant());
    });
  }

  /** One provider of the consolidated list with its offers. */
  public record ProviderEntry(long id, ProviderKind kind, String stateCode, Long organizationId, String name,
      String email, String language, RegionalGroup region, List<AssistanceArea> currentAreas, int currentOffers,
      List<OfferEntry> offers, int matches) {}

  /** An offer as the list shows it; the request it answers only where the caller may see that request. */
  public record OfferEntry(long id, List<AssistanceArea> areas, String description, LocalDate validFrom, LocalDate validTo,
      LocalDate receivedOn, boolean current, String answersRequest) {}

  /** The consolidated list of providers (2663 §18): every provider, what it currently offers, its matches. */
  public List<ProviderEntry> providers() {
    LocalDate today = clock.today();
    Map<Long, List<Offer>> offers = register.offers().stream().collect(Collectors.groupingBy(Offer::providerId));
    List<AssistanceRequest> all = register.requests();
    Map<Long, AssistanceRequest> byId = all.stream().collect(Collectors.toMap(AssistanceRequest::id, r -> r));
    boolean confidential = requests.mayReadConfidential();
    List<ProviderEntry> entries = new ArrayList<>();
    for (Provider provider : register.providers()) {
      List<Offer> own = offers.getOrDefault(provider.id(), List.of());
      Set<AssistanceArea> current = new LinkedHashSet<>();
      own.stream().filter(o -> o.validOn(today)).forEach(o -> current.addAll(o.areas()));
      List<OfferEntry> offerEntries = own.stream().sorted(Comparator.comparing(Offer::receivedOn).reversed())
          .map(o -> {
            AssistanceRequest answered = o.requestId() == null ? null : byId.get(o.requestId());
            String link = answered == null || (answered.confidential() && !confidential) ? null : answered.businessKey();
            return new OfferEntry(o.id(), o.areas(), o.description(), o.validFrom(), o.validTo(), o.receivedOn(),
                o.validOn(today), link);
          }).toList();
      int matches = (int) all.stream().filter(r -> Long.valueOf(provider.id()).equals(r.matchedProviderId())).count();
      entries.add(new ProviderEntry(provider.id(), provider.kind(), provider.stateCode(), provider.organizationId(),
          provider.name(), provider.email(), provider.language(), provider.region(),
          current.stream().sorted().toList(), (int) own.stream().filter(o -> o.validOn(today)).count(), offerEntries,
          matches));
    }
    return entries;
  }

  List<Offer> offers() {
    return register.offers();
  }

  Provider provider(long id) {
    return register.provider(id).orElseThrow(() -> new IllegalStateException("No provider " + id));
  }
}

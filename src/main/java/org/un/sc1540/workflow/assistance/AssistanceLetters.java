package org.un.sc1540.workflow.assistance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.notification.Addressee;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterRequest;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.notification.NotificationService;
import org.un.sc1540.workflow.notification.UndeliverableLetterException;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * The request's letters, each through the notification service: to the requesting State's Mission,
 * and to providers (a State's Mission, or an organization's own address). What a letter says comes
 * from the register, in the addressee's language; the process hands over only which letter.
 *
 * <p>Each letter is identified by its origin (instance, activity and provider, occurrence), so a
 * retried job sends none twice. A letter to the requesting State that has no address raises
 * {@link UndeliverableLetterException} (the model's "Fix the Mission's address"); a circulation to
 * one provider without an address is recorded on the circulation list and the others still go.
 */
@Component
class AssistanceLetters {

  private static final Logger LOG = LoggerFactory.getLogger(AssistanceLetters.class);

  private final AssistanceRequests requests;
  private final AssistanceOffers offers;
  private final NotificationService notifications;
  private final RegistryService registry;

  AssistanceLetters(AssistanceRequests requests, AssistanceOffers offers, NotificationService notifications,
      RegistryService registry) {
    this.requests = requests;
    this.offers = offers;
    this.notifications = notifications;
    this.registry = registry;
  }

  /** Where the letters come from: the instance and the sending activity. */
  record Origin(String processInstanceId, String activityId) {}

  void send(long requestId, LetterType type, Origin origin) {
    AssistanceRequest request = requests.request(requestId);
    switch (type) {
      case ASSISTANCE_REQUEST_ACKNOWLEDGEMENT -> {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("stateReference", request.stateReference());
        parameters.put("consentGiven", request.consent() == Consent.GIVEN);
        parameters.put("usesTemplate", request.usesTemplate());
        toRequester(request, type, origin, 1, parameters);
      }
      case ASSISTANCE_CLARIFICATION_REQUEST, ASSISTANCE_CLARIFICATION_REMINDER -> {
        Clarification round = requests.clarifications(requestId).stream().reduce((a, b) -> b).orElseThrow(
            () -> new IllegalStateException(request.businessKey() + " has no clarification to ask"));
        toRequester(request, type, origin, round.round(), Map.of("questions", round.questions(),
            "clarificationDueOn", round.dueOn(), "clarificationAskedOn", round.askedOn()));
        if (type == LetterType.ASSISTANCE_CLARIFICATION_REMINDER) {
          requests.clarificationReminderSent(requestId);
        }
      }
      case ASSISTANCE_REQUEST_CIRCULATION -> circulate(request, origin);
      case ASSISTANCE_CIRCULATION_REMINDER -> remindProviders(request, origin);
      case ASSISTANCE_FOLLOW_UP -> {
        int number = request.followUpsSent() + 1;
        Provider provider = offers.provider(request.matchedProviderId());
        Map<String, Object> common = Map.of("matchedOn", request.matchedOn(), "followUpNumber", number);
        toRequester(request, type, origin, number, with(common, "providerName",
            providerName(provider, language(request))));
        toProvider(request, provider, type, origin, number, with(common, "toProvider", true));
        requests.followUpSent(requestId);
      }
      case ASSISTANCE_FEEDBACK_REQUEST -> {
        Provider provider = offers.provider(request.matchedProviderId());
        requests.feedbackRequested(requestId);
        AssistanceRequest asked = requests.request(requestId);
        Map<String, Object> common = Map.of("deliveredOn", asked.deliveredOn(), "feedbackDueOn", asked.feedbackDueOn());
        if (!requests.feedbackFrom(requestId, Party.REQUESTER)) {
          toRequester(asked, type, origin, 1, with(common, "providerName", providerName(provider, language(asked))));
        }
        if (!requests.feedbackFrom(requestId, Party.PROVIDER)) {
          toProvider(asked, provider, type, origin, 1, with(common, "toProvider", true));
        }
      }
      default -> throw new IllegalArgumentException(type + " is not a letter of the assistance mechanism");
    }
  }

  private void circulate(AssistanceRequest request, Origin origin) {
    Set<AssistanceArea> requested = Set.copyOf(request.areas());
    for (CirculationEntry entry : requests.circulation(request.id())) {
      if (!entry.included() || entry.letterSymbol() != null) {
        continue;
      }
      Provider provider = offers.provider(entry.providerId());
      UnLanguage language = language(provider);
      List<AssistanceArea> matched = entry.matchedAreas().stream().filter(requested::contains).toList();
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("description", request.description());
      parameters.put("usesTemplate", request.usesTemplate());
      parameters.put("offersDueOn", request.offersDueOn());
      parameters.put("matchedAreas", AssistanceArea.labels(matched, language));
      try {
        Letter letter = toProvider(request, provider, LetterType.ASSISTANCE_REQUEST_CIRCULATION, origin, 1, parameters);
        requests.circulationLetter(request.id(), provider.id(), letter.symbol(), null);
      } catch (UndeliverableLetterException e) {
        LOG.warn("{} not circulated to provider {}: {}", request.businessKey(), provider.id(), e.getMessage());
        requests.circulationLetter(request.id(), provider.id(), null, e.getMessage());
      }
    }
  }

  /** One reminder to each provider the request went to that has not answered with an offer. */
  private void remindProviders(AssistanceRequest request, Origin origin) {
    Set<Long> answered = requests.offersFor(request.id()).stream().map(Offer::providerId).collect(Collectors.toSet());
    for (CirculationEntry entry : requests.circulation(request.id())) {
      if (entry.letterSymbol() == null || entry.reminderSymbol() != null || answered.contains(entry.providerId())) {
        continue;
      }
      Provider provider = offers.provider(entry.providerId());
      try {
        Letter letter = toProvider(request, provider, LetterType.ASSISTANCE_CIRCULATION_REMINDER, origin, 1, Map.of(
            "circulationSymbol", entry.letterSymbol(), "circulationDate", entry.sentOn(),
            "offersDueOn", request.offersDueOn()));
        requests.circulationReminder(request.id(), provider.id(), letter.symbol(), null);
      } catch (UndeliverableLetterException e) {
        requests.circulationReminder(request.id(), provider.id(), null, e.getMessage());
      }
    }
  }

  private Letter toRequester(AssistanceRequest request, LetterType type, Origin origin, int occurrence,
      Map<String, Object> specific) {
    UnLanguage language = language(request);
    Map<String, Object> parameters = common(request, language);
    parameters.putAll(specific);
    return notifications.send(new LetterRequest(request.stateCode(), type, origin.processInstanceId(),
        origin.activityId(), occurrence, request.businessKey(), parameters));
  }

  private Letter toProvider(AssistanceRequest request, Provider provider, LetterType type, Origin origin,
      int occurrence, Map<String, Object> specific) {
    UnLanguage language = language(provider);
    Map<String, Object> parameters = common(request, language);
    parameters.putAll(specific);
    parameters.put("toProvider", true);
    // One letter per provider: the provider is part of the letter's origin.
    String activity = origin.activityId() + "/provider-" + provider.id();
    if (provider.kind() == ProviderKind.STATE) {
      return notifications.send(new LetterRequest(provider.stateCode(), type, origin.processInstanceId(), activity,
          occurrence, request.businessKey(), parameters));
    }
    return notifications.send(new LetterRequest(request.stateCode(), type, origin.processInstanceId(), activity,
        occurrence, request.businessKey(), parameters),
        new Addressee(provider.name(), provider.email(), language, provider.addressee()));
  }

  private Map<String, Object> common(AssistanceRequest request, UnLanguage language) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("requestReference", request.businessKey());
    parameters.put("requestReceivedOn", request.receivedOn());
    parameters.put("requestingState", StateNames.in(registry.state(request.stateCode()), language));
    parameters.put("areas", AssistanceArea.labels(request.areas(), language));
    return parameters;
  }

  private UnLanguage language(AssistanceRequest request) {
    return registry.state(request.stateCode()).language();
  }

  private UnLanguage language(Provider provider) {
    return provider.kind() == ProviderKind.STATE ? registry.state(provider.stateCode()).language()
        : UnLanguage.of(provider.language());
  }

  private String providerName(Provider provider, UnLanguage language) {
    if (provider.kind() == ProviderKind.STATE) {
      MemberState state = registry.state(provider.stateCode());
      return StateNames.in(state, language);
    }
    return provider.name();
  }

  private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
    Map<String, Object> all = new HashMap<>(base);
    all.put(name, value);
    return all;
  }
}

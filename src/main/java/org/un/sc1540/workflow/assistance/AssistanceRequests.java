package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeAccess.Caller;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The rules of a request for assistance: who may record each step, and whether the request's
 * state allows it. Each fact is written here, once, with its date and who recorded it; the
 * controllers, task listeners and delegates only map their inputs and call these methods.
 *
 * <p>Who may do what: the secretariat registers requests and records what arrives (consent,
 * clarifications, offers, delivery, feedback); the group of experts reviews requests, decides the
 * circulation and records matches; coordinators decide on unmatched requests and close requests.
 * A confidential request is seen only by coordinators and the group of experts (and administrators),
 * so the experts record what arrives for it, and it is never circulated without the State's consent.
 */
@Service
public class AssistanceRequests {

  static final int MAX_TEXT = 2000;
  private static final String[] CONFIDENTIAL_READERS = {CommitteeGroups.EXPERTS, CommitteeGroups.COORDINATORS};

  private final AssistanceRegister register;
  private final RegistryService registry;
  private final RuntimeService runtimeService;
  private final CommitteeAccess access;
  private final CommitteeClock clock;
  private final AssistanceProperties properties;
  private final RegionalGroups regions;

  AssistanceRequests(AssistanceRegister register, RegistryService registry, RuntimeService runtimeService,
      CommitteeAccess access, CommitteeClock clock, AssistanceProperties properties, RegionalGroups regions) {
    this.register = register;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.access = access;
    this.clock = clock;
    this.properties = properties;
    this.regions = regions;
  }

  /** A registered request: its id, its business key (the process's) and its process instance. */
  public record Registered(long id, String businessKey, String processInstanceId) {}

  // Registration

  /** Registers a request and starts its AssistanceRequestProcess. The secretariat's (and administrators'). */
  @Transactional
  public Registered register(NewRequest request) {
    access.require("register a request for assistance", CommitteeGroups.SECRETARIAT);
    String state = registry.state(request.stateCode()).code();
    LocalDate today = clock.today();
    if (request.receivedOn().isAfter(today)) {
      throw Refused.badRequest("receivedOn " + request.receivedOn() + " is in the future (today is " + today
          + " in New York)");
    }
    int year = request.receivedOn().getYear();
    int number = register.nextRequestNumber(state, year);
    String businessKey = AssistanceRequestProcess.businessKey(state, year, number);
    long id = register.insertRequest(businessKey, state, year, number, request.receivedOn(), request.areas(),
        request.description(), request.usesTemplate(), request.confidential(), request.stateReference(),
        request.consentToCirculate() ? Consent.GIVEN : Consent.PENDING,
        request.consentToCirculate() ? request.receivedOn() : null, access.userId(), clock.instant());
    Map<String, Object> variables = new HashMap<>();
    variables.put(AssistanceRequestProcess.REQUEST_ID, id);
    variables.put(AssistanceRequestProcess.STATE_CODE, state);
    ProcessInstance instance = access.asApplication(() -> runtimeService
        .createProcessInstanceByKey(AssistanceRequestProcess.KEY).businessKey(businessKey).setVariables(variables)
        .execute());
    register.updateRequest(id, Map.of("process_instance_id", instance.getId()));
    return new Registered(id, businessKey, instance.getId());
  }

  // Reading

  /** Whether the caller may see confidential requests: coordinators, the group of experts, administrators, the application. */
  public boolean mayReadConfidential() {
    Optional<Caller> caller = access.caller();
    return caller.isEmpty() || caller.get().isAdministrator() || caller.get().isIn(CONFIDENTIAL_READERS);
  }

  /** The requests the caller may see, newest first: confidential ones only for those who may read them. */
  public List<AssistanceRequest> visible() {
    boolean confidential = mayReadConfidential();
    return register.requests().stream().filter(r -> confidential || !r.confidential()).toList();
  }

  /** One request; 404 if there is none, 403 if it is confidential and the caller may not see it. */
  public AssistanceRequest get(long id) {
    AssistanceRequest request = register.request(id)
        .orElseThrow(() -> Refused.notFound("There is no request for assistance " + id));
    requireReadable(request);
    return request;
  }

  public AssistanceRequest byBusinessKey(String businessKey) {
    AssistanceRequest request = register.requestByBusinessKey(businessKey)
        .orElseThrow(() -> Refused.notFound("There is no request for assistance " + businessKey));
    requireReadable(request);
    return request;
  }

  void requireReadable(AssistanceRequest request) {
    if (request.confidential() && !mayReadConfidential()) {
      throw new CommitteeAccess.NotAllowed("The request for assistance " + request.businessKey() + " is confidential: "
          + "only coordinators and the group of experts may see it; " + access.userId() + " is in neither group");
    }
  }

  /** Without checks: for the process's own beans (forms, schedule, letters), which run as the application. */
  AssistanceRequest request(long id) {
    return register.request(id).orElseThrow(() -> new IllegalStateException("No request for assistance " + id));
  }

  List<Clarification> clarifications(long requestId) {
    return register.clarifications(requestId);
  }

  List<CirculationEntry> circulation(long requestId) {
    return register.circulation(requestId);
  }

  List<Feedback> feedback(long requestId) {
    return register.feedback(requestId);
  }

  List<Escalation> escalations(long requestId) {
    return register.escalations(requestId);
  }

  /** Who records what arrives for a request: the secretariat, or for a confidential one the experts and coordinators. */
  static String[] recorders(AssistanceRequest request) {
    return request.confidential() ? CONFIDENTIAL_READERS
        : new String[] {CommitteeGroups.SECRETARIAT, CommitteeGroups.EXPERTS};
  }

  /** The candidate group of tasks that record what arrives: never the secretariat for a confidential request. */
  static String recordingGroup(AssistanceRequest request) {
    return request.confidential() ? CommitteeGroups.EXPERTS : CommitteeGroups.SECRETARIAT;
  }

  private String requireRecorder(String action, AssistanceRequest request) {
    access.require(action + " for " + request.businessKey()
        + (request.confidential() ? " (a confidential request)" : ""), recorders(request));
    return access.userId();
  }

  private static void requireOpen(AssistanceRequest request, String what) {
    if (!request.open()) {
      throw Refused.conflict(request.businessKey() + " was closed on " + request.closedOn() + "; " + what
          + " cannot be recorded any more");
    }
  }

  // The experts' review and clarification

  /**
   * The experts' review against the template: circulate (once consent allows) or ask the State for
   * clarification by a date (default: {@code clarification-period} from today).
   *
   * @return whether clarification was asked
   */
  @Transactional
  public boolean recordReview(long requestId, String decision, String questions, LocalDate dueOn, String notes) {
    AssistanceRequest request = request(requestId);
    access.require("review a request for assistance", CommitteeGroups.EXPERTS);
    requireOpen(request, "a review");
    LocalDate today = clock.today();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("reviewed_on", today);
    columns.put("reviewed_by", access.userId());
    columns.put("review_notes", notes);
    if (AssistanceRequestProcess.DECISION_CLARIFY.equals(decision)) {
      if (questions == null) {
        throw Refused.badRequest("clarificationQuestions is required to ask " + request.stateCode()
            + " for clarification: what should the State clarify?");
      }
      LocalDate due = dueOn == null ? today.plus(properties.clarificationPeriod()) : dueOn;
      if (due.isBefore(today)) {
        throw Refused.badRequest("clarificationDueOn " + due + " has passed (today is " + today + " in New York)");
      }
      int round = register.clarifications(requestId).size() + 1;
      register.insertClarification(requestId, round, questions, today, access.userId(), due);
      columns.put("status", RequestStatus.CLARIFICATION);
      register.updateRequest(requestId, columns);
      return true;
    }
    if (!AssistanceRequestProcess.DECISION_CIRCULATE.equals(decision)) {
      throw Refused.badRequest("reviewDecision must be CIRCULATE or CLARIFY, not '" + decision + "'");
    }
    columns.put("status", request.consent() == Consent.PENDING ? RequestStatus.AWAITING_CONSENT : RequestStatus.MATCHING);
    register.updateRequest(requestId, columns);
    return false;
  }

  /** The State's answer to the latest clarification asked (or that none came), with its date. */
  @Transactional
  public void recordClarification(long requestId, boolean answered, LocalDate receivedOn, String summary) {
    AssistanceRequest request = request(requestId);
    String user = requireRecorder("record a clarification", request);
    requireOpen(request, "a clarification");
    Clarification open = register.clarifications(requestId).stream().filter(c -> c.outcome() == null)
        .reduce((a, b) -> b)
        .orElseThrow(() -> Refused.conflict("No clarification of " + request.businessKey() + " is awaited"));
    LocalDate today = clock.today();
    if (answered) {
      if (receivedOn == null) {
        throw Refused.badRequest("clarificationReceivedOn is required when the State answered (YYYY-MM-DD)");
      }
      if (receivedOn.isAfter(today)) {
        throw Refused.badRequest("clarificationReceivedOn " + receivedOn + " is in the future (today is " + today
            + " in New York)");
      }
      if (summary == null) {
        throw Refused.badRequest("clarificationSummary is required: what did the State clarify?");
      }
    }
    register.clarificationAnswered(open.id(), answered ? "ANSWERED" : "NO_ANSWER", answered ? receivedOn : null, summary,
        user);
    register.updateRequest(requestId, Map.of("status", RequestStatus.REGISTERED));
  }

  /** The reminder of the latest clarification went out (the application's step). */
  @Transactional
  public void clarificationReminderSent(long requestId) {
    register.clarifications(requestId).stream().filter(c -> c.outcome() == null).reduce((a, b) -> b)
        .ifPresent(c -> register.clarificationReminder(c.id(), clock.today()));
  }

  // Consent and circulation

  /** The State's consent to circulation, or its refusal, with the day it was given. */
  @Transactional
  public void recordConsent(long requestId, Consent consent, LocalDate on) {
    AssistanceRequest request = request(requestId);
    String user = requireRecorder("record the State's consent to circulation", request);
    requireOpen(request, "consent");
    if (consent == Consent.PENDING) {
      throw Refused.badRequest("consentDecision must be GIVEN or REFUSED");
    }
    if (request.consent() != Consent.PENDING) {
      throw Refused.conflict("The consent of " + request.stateCode() + " to circulate " + request.businessKey()
          + " was already recorded (" + request.consent() + " on " + request.consentOn() + ")");
    }
    LocalDate today = clock.today();
    LocalDate day = on == null ? today : on;
    if (day.isAfter(today)) {
      throw Refused.badRequest("consentOn " + day + " is in the future (today is " + today + " in New York)");
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("consent", consent);
    columns.put("consent_on", day);
    columns.put("consent_recorded_by", user);
    columns.put("status", RequestStatus.MATCHING);
    if (consent == Consent.REFUSED) {
      // Without circulation the experts still match from the offers at hand; the time to escalation starts now.
      columns.put("escalate_on", today.plus(properties.escalateUnmatchedAfter()));
    }
    register.updateRequest(requestId, columns);
  }

  /**
   * Ranks the providers whose current offers match the request and keeps the list for the experts
   * to edit (the application's step, when their task opens). A request already circulated keeps its list.
   */
  @Transactional
  public List<CirculationEntry> proposeCirculation(long requestId) {
    AssistanceRequest request = request(requestId);
    if (request.circulatedOn() != null) {
      return register.circulation(requestId);
    }
    LocalDate today = clock.today();
    Map<Long, List<Offer>> offers = register.offers().stream().collect(Collectors.groupingBy(Offer::providerId));
    List<Matching.Candidate> ranked = Matching.rank(request.areas(), request.stateCode(), regions.of(request.stateCode()),
        register.providers(), offers, today);
    List<CirculationEntry> entries = new ArrayList<>();
    int rank = 1;
    for (Matching.Candidate candidate : ranked) {
      entries.add(new CirculationEntry(requestId, candidate.provider().id(), rank++, candidate.matchedAreas(),
          candidate.explanation(), true, false, null, null, null, null, null));
    }
    register.replaceCirculation(requestId, entries);
    return entries;
  }

  /**
   * The experts' circulation: the proposed providers less those they leave out, plus those they add.
   * Only with the State's recorded consent. Sets the offers deadline and the escalation date.
   */
  @Transactional
  public List<CirculationEntry> decideCirculation(long requestId, List<Long> excluded, List<Long> added) {
    AssistanceRequest request = request(requestId);
    access.require("circulate a request for assistance", CommitteeGroups.EXPERTS);
    requireOpen(request, "a circulation");
    if (request.consent() != Consent.GIVEN) {
      throw Refused.conflict(request.businessKey() + " cannot be circulated: the consent of " + request.stateCode()
          + " to its circulation is " + (request.consent() == Consent.REFUSED ? "refused" : "not recorded")
          + (request.confidential() ? " (a confidential request)" : ""));
    }
    if (request.circulatedOn() != null) {
      throw Refused.conflict(request.businessKey() + " was circulated on " + request.circulatedOn());
    }
    List<CirculationEntry> proposed = register.circulation(requestId);
    Set<Long> known = proposed.stream().map(CirculationEntry::providerId).collect(Collectors.toSet());
    List<Long> unknownExcluded = excluded.stream().filter(id -> !known.contains(id)).toList();
    if (!unknownExcluded.isEmpty()) {
      throw Refused.badRequest("excludedProviders: " + unknownExcluded + " " + (unknownExcluded.size() == 1 ? "is" : "are")
          + " not on the proposed list (" + known.stream().sorted().toList() + ")");
    }
    List<CirculationEntry> entries = new ArrayList<>();
    int rank = 0;
    for (CirculationEntry entry : proposed) {
      rank = Math.max(rank, entry.ranking());
      entries.add(new CirculationEntry(requestId, entry.providerId(), entry.ranking(), entry.matchedAreas(),
          entry.explanation(), !excluded.contains(entry.providerId()), entry.chosenByExperts(), null, null, null, null,
          null));
    }
    for (Long providerId : added) {
      if (known.contains(providerId)) {
        continue;
      }
      Provider provider = register.provider(providerId).orElseThrow(() -> Refused.badRequest(
          "addedProviders: there is no provider " + providerId + " in the consolidated list"));
      if (provider.kind() == ProviderKind.STATE && provider.stateCode().equals(request.stateCode())) {
        throw Refused.badRequest("addedProviders: " + providerId + " is " + provider.name()
            + ", the requesting State itself");
      }
      entries.add(new CirculationEntry(requestId, providerId, ++rank, List.of(), "added by the group of experts", true,
          true, null, null, null, null, null));
    }
    register.replaceCirculation(requestId, entries);
    LocalDate today = clock.today();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("circulated_on", today);
    columns.put("circulated_by", access.userId());
    columns.put("offers_due_on", today.plus(properties.offerPeriod()));
    columns.put("escalate_on", today.plus(properties.escalateUnmatchedAfter()));
    columns.put("status", RequestStatus.CIRCULATED);
    register.updateRequest(requestId, columns);
    return register.circulation(requestId);
  }

  /** A circulation letter went out, or could not (the application's step). */
  void circulationLetter(long requestId, long providerId, String symbol, String problem) {
    register.circulationLetter(requestId, providerId, symbol, symbol == null ? null : clock.today(), problem);
  }

  void circulationReminder(long requestId, long providerId, String symbol, String problem) {
    register.circulationReminder(requestId, providerId, symbol, symbol == null ? null : clock.today(), problem);
  }

  // Offers and the match

  /**
   * An offer answers this request (message {@code AssistanceOfferReceived}): the offer is linked
   * to the request. The same offer again changes nothing.
   */
  @Transactional
  public void offerReceived(long requestId, long offerId) {
    AssistanceRequest request = request(requestId);
    requireRecorder("record an offer", request);
    requireOpen(request, "an offer");
    Offer offer = register.offer(offerId)
        .orElseThrow(() -> Refused.notFound("There is no offer " + offerId + "; register it first (POST /api/assistance/offers)"));
    if (offer.requestId() != null && offer.requestId() != requestId) {
      throw Refused.conflict("Offer " + offerId + " answers another request ("
          + request(offer.requestId()).businessKey() + ")");
    }
    if (offer.requestId() == null) {
      register.linkOffer(offerId, requestId);
    }
  }

  /** Offers linked to the request that the experts have not yet weighed. */
  boolean offerToConsider(long requestId) {
    return register.offersFor(requestId).stream().anyMatch(offer -> offer.consideredOn() == null);
  }

  List<Offer> offersFor(long requestId) {
    return register.offersFor(requestId);
  }

  /**
   * The experts' match (PoW §9(c)): the offer chosen, or none yet (the request keeps seeking). Any
   * offer of the consolidated list may be chosen; one answering another request may not.
   *
   * @return whether a match was recorded
   */
  @Transactional
  public boolean recordMatch(long requestId, boolean match, Long offerId, String notes) {
    AssistanceRequest request = request(requestId);
    access.require("match a request for assistance", CommitteeGroups.EXPERTS);
    requireOpen(request, "a match");
    if (request.matched()) {
      throw Refused.conflict(request.businessKey() + " was matched on " + request.matchedOn());
    }
    LocalDate today = clock.today();
    if (match) {
      if (offerId == null) {
        throw Refused.badRequest("matchedOffer is required: the number of the offer that meets the request");
      }
      Offer offer = register.offer(offerId)
          .orElseThrow(() -> Refused.badRequest("matchedOffer: there is no offer " + offerId));
      if (offer.requestId() != null && offer.requestId() != requestId) {
        throw Refused.conflict("Offer " + offerId + " answers another request ("
            + request(offer.requestId()).businessKey() + ")");
      }
      if (offer.requestId() == null) {
        register.linkOffer(offerId, requestId);
      }
      Map<String, Object> columns = new LinkedHashMap<>();
      columns.put("matched_on", today);
      columns.put("matched_by", access.userId());
      columns.put("matched_offer_id", offerId);
      columns.put("matched_provider_id", offer.providerId());
      columns.put("match_notes", notes);
      columns.put("status", request.deliveredOn() != null ? RequestStatus.DELIVERED : RequestStatus.MATCHED);
      register.updateRequest(requestId, columns);
    }
    register.offersConsidered(requestId, today);
    return match;
  }

  /** The request, still unmatched, goes to the coordinators (the application's step). */
  @Transactional
  public void escalated(long requestId) {
    register.insertEscalation(requestId, clock.today());
  }

  /**
   * The coordinators' decision on an unmatched request (2663 §21, §26): keep seeking until a date
   * (raised at an open briefing or an assistance conference, say), or close it unmatched.
   *
   * @return whether the request was closed
   */
  @Transactional
  public boolean decideUnmatched(long requestId, boolean close, String raisedAt, LocalDate keepUntil, String notes) {
    AssistanceRequest request = request(requestId);
    access.require("decide on an unmatched request for assistance", CommitteeGroups.COORDINATORS);
    requireOpen(request, "a decision");
    Escalation escalation = register.escalations(requestId).stream().filter(e -> e.decidedOn() == null)
        .reduce((a, b) -> b)
        .orElseThrow(() -> Refused.conflict(request.businessKey() + " is not before the coordinators"));
    LocalDate today = clock.today();
    if (!close) {
      if (keepUntil == null) {
        throw Refused.badRequest("keepSeekingUntil is required to keep seeking a provider (YYYY-MM-DD)");
      }
      if (!keepUntil.isAfter(today)) {
        throw Refused.badRequest("keepSeekingUntil " + keepUntil + " must be after today (" + today + " in New York)");
      }
    }
    register.decideEscalation(escalation.id(), today, close ? AssistanceRequestProcess.DECISION_CLOSE
        : AssistanceRequestProcess.DECISION_KEEP_SEEKING, raisedAt, close ? null : keepUntil, notes, access.userId());
    if (close) {
      closeAs(requestId, Outcome.UNMATCHED, notes);
    } else {
      register.updateRequest(requestId, Map.of("escalate_on", keepUntil));
    }
    return close;
  }

  // Follow-up, delivery, feedback, closure

  /** A round of follow-up letters went out (the application's step). */
  @Transactional
  public void followUpSent(long requestId) {
    AssistanceRequest request = request(requestId);
    register.updateRequest(requestId, Map.of("follow_ups_sent", request.followUpsSent() + 1,
        "last_follow_up_on", clock.today()));
  }

  /**
   * The assistance was delivered (message {@code AssistanceDelivered}), whenever that is reported:
   * before the match is recorded too. The same delivery again changes nothing.
   */
  @Transactional
  public void recordDelivery(long requestId, LocalDate deliveredOn, String summary) {
    AssistanceRequest request = request(requestId);
    String user = requireRecorder("record the delivery of assistance", request);
    requireOpen(request, "a delivery");
    LocalDate today = clock.today();
    if (deliveredOn.isAfter(today)) {
      throw Refused.badRequest("deliveredOn " + deliveredOn + " is in the future (today is " + today + " in New York)");
    }
    if (deliveredOn.isBefore(request.receivedOn())) {
      throw Refused.badRequest("deliveredOn " + deliveredOn + " is before the request was received ("
          + request.receivedOn() + ")");
    }
    if (request.deliveredOn() != null) {
      if (request.deliveredOn().equals(deliveredOn) && summary.equals(request.deliverySummary())) {
        return;
      }
      throw Refused.conflict(request.businessKey() + " was recorded as delivered on " + request.deliveredOn());
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("delivered_on", deliveredOn);
    columns.put("delivery_summary", summary);
    columns.put("delivery_recorded_by", user);
    if (request.matched()) {
      columns.put("status", RequestStatus.DELIVERED);
    }
    register.updateRequest(requestId, columns);
  }

  /**
   * A delivery reported through the Committee's API: recorded as the caller, then passed to the
   * request's process as the message {@code AssistanceDelivered}, whose step finds it recorded.
   */
  @Transactional
  public void deliveryReported(long requestId, LocalDate deliveredOn, String summary) {
    recordDelivery(requestId, deliveredOn, summary);
    Map<String, Object> payload = new HashMap<>();
    payload.put(AssistanceRequestProcess.DELIVERED_ON, deliveredOn.toString());
    payload.put(AssistanceRequestProcess.DELIVERY_SUMMARY, summary);
    tell(request(requestId), AssistanceRequestProcess.MESSAGE_DELIVERED, payload);
  }

  /** Feedback reported through the Committee's API: recorded as the caller, then passed on as {@code AssistanceFeedbackReceived}. */
  @Transactional
  public void feedbackReported(long requestId, Party from, LocalDate receivedOn, String summary) {
    recordFeedback(requestId, from, receivedOn, summary);
    Map<String, Object> payload = new HashMap<>();
    payload.put(AssistanceRequestProcess.FEEDBACK_FROM, from.name());
    payload.put(AssistanceRequestProcess.FEEDBACK_RECEIVED_ON, receivedOn.toString());
    payload.put(AssistanceRequestProcess.FEEDBACK_SUMMARY, summary);
    tell(request(requestId), AssistanceRequestProcess.MESSAGE_FEEDBACK_RECEIVED, payload);
  }

  private void tell(AssistanceRequest request, String message, Map<String, Object> payload) {
    access.asApplication(() -> runtimeService.createMessageCorrelation(message)
        .processInstanceBusinessKey(request.businessKey())
        .setVariablesToTriggeredScope(payload)
        .correlateWithResult());
  }

  /** Feedback requests went out (the application's step); both sides have until {@code feedback-period}. */
  @Transactional
  public void feedbackRequested(long requestId) {
    LocalDate today = clock.today();
    register.updateRequest(requestId, Map.of("feedback_requested_on", today,
        "feedback_due_on", today.plus(properties.feedbackPeriod())));
  }

  /** Feedback from the requesting State or the provider (2663 §20), at any moment of the request's life. */
  @Transactional
  public void recordFeedback(long requestId, Party from, LocalDate receivedOn, String summary) {
    AssistanceRequest request = request(requestId);
    String user = requireRecorder("record feedback", request);
    requireOpen(request, "feedback");
    LocalDate today = clock.today();
    if (receivedOn.isAfter(today)) {
      throw Refused.badRequest("feedbackReceivedOn " + receivedOn + " is in the future (today is " + today
          + " in New York)");
    }
    boolean same = register.feedback(requestId).stream()
        .anyMatch(f -> f.from() == from && f.receivedOn().equals(receivedOn) && f.summary().equals(summary));
    if (!same) {
      register.insertFeedback(requestId, from, receivedOn, summary, user, clock.instant());
    }
  }

  boolean feedbackFrom(long requestId, Party party) {
    return register.feedback(requestId).stream().anyMatch(f -> f.from() == party);
  }

  /** The coordinators close the request with its outcome. */
  @Transactional
  public void close(long requestId, Outcome outcome, String notes) {
    AssistanceRequest request = request(requestId);
    access.require("close a request for assistance", CommitteeGroups.COORDINATORS);
    requireOpen(request, "a closure");
    if (outcome == Outcome.UNMATCHED && request.matched()) {
      throw Refused.badRequest("outcome UNMATCHED does not fit " + request.businessKey() + ", matched on "
          + request.matchedOn());
    }
    closeAs(requestId, outcome, notes);
  }

  private void closeAs(long requestId, Outcome outcome, String notes) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("closed_on", clock.today());
    columns.put("closed_by", access.userId());
    columns.put("outcome", outcome);
    columns.put("outcome_notes", notes);
    columns.put("status", RequestStatus.CLOSED);
    register.updateRequest(requestId, columns);
  }
}

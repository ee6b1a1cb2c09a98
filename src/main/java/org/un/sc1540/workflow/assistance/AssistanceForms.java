package org.un.sc1540.workflow.assistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.registry.ContactRole;
import org.un.sc1540.workflow.registry.EmailAddresses;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * What the request's forms show, computed from the register when a task is created (each an input
 * parameter of its task, so it goes with the task): {@code ${assistanceForms.requestSummary(execution)}}.
 * Markdown, as the form's text components render it.
 */
@Component
public class AssistanceForms {

  private final AssistanceRequests requests;
  private final AssistanceOffers offers;
  private final RegistryService registry;

  AssistanceForms(AssistanceRequests requests, AssistanceOffers offers, RegistryService registry) {
    this.requests = requests;
    this.offers = offers;
    this.registry = registry;
  }

  /** "Mali (MLI), ASSIST-MLI-2027-1": what a task's name adds to say whose request it is. */
  String subject(AssistanceRequest request) {
    MemberState state = registry.state(request.stateCode());
    return state.name() + " (" + state.code() + "), " + request.businessKey();
  }

  public String requestSummary(VariableScope scope) {
    AssistanceRequest r = requests.request(AssistanceFlow.requestId(scope));
    MemberState state = registry.state(r.stateCode());
    StringBuilder text = new StringBuilder();
    text.append("**").append(r.businessKey()).append("**: request of ").append(state.name()).append(" (")
        .append(state.code()).append("), received ").append(r.receivedOn())
        .append(r.stateReference() == null ? "" : " (" + r.stateReference() + ")").append("\n\n");
    text.append("- Areas: ").append(r.areas().stream().map(AssistanceArea::label).collect(Collectors.joining("; ")))
        .append("\n");
    text.append("- Committee's template used: ").append(r.usesTemplate() ? "yes" : "no").append("\n");
    text.append("- Confidential: ").append(r.confidential() ? "**yes**: coordinators and experts only" : "no")
        .append("\n");
    text.append("- Consent to circulation: ").append(switch (r.consent()) {
      case GIVEN -> "given on " + r.consentOn();
      case REFUSED -> "refused on " + r.consentOn();
      case PENDING -> "not recorded";
    }).append("\n\n");
    text.append(r.description());
    return fit(text.toString());
  }

  public String clarificationText(VariableScope scope) {
    long id = AssistanceFlow.requestId(scope);
    List<Clarification> rounds = requests.clarifications(id);
    if (rounds.isEmpty()) {
      return "No clarification has been asked.";
    }
    Clarification c = rounds.get(rounds.size() - 1);
    return "Clarification " + c.round() + " asked on " + c.askedOn() + ", due by **" + c.dueOn() + "**"
        + (c.reminderSentOn() == null ? "" : "; reminder sent on " + c.reminderSentOn()) + ":\n\n" + c.questions();
  }

  /** The proposed providers, best first, each with its number for the experts' edits and why it matches. */
  public String circulationList(VariableScope scope) {
    long id = AssistanceFlow.requestId(scope);
    List<CirculationEntry> entries = requests.circulation(id);
    if (entries.isEmpty()) {
      return "No provider's current offers match the request's areas. Add providers by number from the "
          + "consolidated list (GET /api/assistance/providers), or circulate to none and wait for offers.";
    }
    StringBuilder text = new StringBuilder();
    for (CirculationEntry e : entries) {
      Provider p = offers.provider(e.providerId());
      text.append(e.ranking()).append(". **").append(p.name()).append("** (provider ").append(p.id()).append(", ")
          .append(p.kind().name().toLowerCase(java.util.Locale.ROOT)).append("): ").append(e.explanation())
          .append("\n");
    }
    return fit(text.toString());
  }

  /** The offers that answer the request, with their numbers. */
  public String offerList(VariableScope scope) {
    long id = AssistanceFlow.requestId(scope);
    List<Offer> answering = requests.offersFor(id);
    if (answering.isEmpty()) {
      return "No offer answers this request yet.";
    }
    Map<Long, Provider> providers = answering.stream().map(Offer::providerId).distinct().map(offers::provider)
        .collect(Collectors.toMap(Provider::id, Function.identity()));
    List<String> lines = new ArrayList<>();
    for (Offer o : answering) {
      lines.add("- Offer **" + o.id() + "** from " + providers.get(o.providerId()).name() + ", received " + o.receivedOn()
          + (o.consideredOn() == null ? " (new)" : " (weighed on " + o.consideredOn() + ")") + ": "
          + o.areas().stream().map(AssistanceArea::label).collect(Collectors.joining("; "))
          + (o.description() == null ? "" : ". " + o.description()));
    }
    return fit(String.join("\n", lines));
  }

  /** Which Mission lacks a valid e-mail address: the requesting State's, or the matched provider State's. */
  public String addressProblem(VariableScope scope) {
    AssistanceRequest r = requests.request(AssistanceFlow.requestId(scope));
    List<String> missing = new ArrayList<>();
    if (!hasMissionAddress(r.stateCode())) {
      missing.add(registry.state(r.stateCode()).name() + " (" + r.stateCode() + "), the requesting State");
    }
    if (r.matchedProviderId() != null) {
      Provider p = offers.provider(r.matchedProviderId());
      if (p.kind() == ProviderKind.STATE && !hasMissionAddress(p.stateCode())) {
        missing.add(p.name() + " (" + p.stateCode() + "), the provider");
      }
    }
    return missing.isEmpty()
        ? "The registry now has the Missions' addresses; complete this task to send the letter again."
        : "The registry has no valid e-mail address of the Permanent Mission of " + String.join(" nor of ", missing)
            + ". Import it (POST /api/registry/contacts), then complete this task to send the letter again.";
  }

  private boolean hasMissionAddress(String stateCode) {
    return registry.currentContacts(stateCode).stream().anyMatch(c -> c.role() == ContactRole.MISSION
        && EmailAddresses.problem(c.email()) == null);
  }

  /** Where the request stands: circulation, escalations, match, follow-up, delivery, feedback. */
  public String caseHistory(VariableScope scope) {
    AssistanceRequest r = requests.request(AssistanceFlow.requestId(scope));
    List<String> lines = new ArrayList<>();
    if (r.circulatedOn() != null) {
      long sent = requests.circulation(r.id()).stream().filter(e -> e.letterSymbol() != null).count();
      lines.add("- Circulated on " + r.circulatedOn() + " to " + sent + " provider(s); offers were due by "
          + r.offersDueOn());
    } else if (r.consent() == Consent.REFUSED) {
      lines.add("- Not circulated: the State refused consent on " + r.consentOn());
    }
    for (Escalation e : requests.escalations(r.id())) {
      lines.add("- Before the coordinators on " + e.escalatedOn() + (e.decision() == null ? "" : ": "
          + e.decision().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + (e.raisedAt() == null ? "" : ", raised at " + e.raisedAt().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          + (e.keepUntil() == null ? "" : ", until " + e.keepUntil())));
    }
    if (r.matched()) {
      lines.add("- Matched on " + r.matchedOn() + " with " + offers.provider(r.matchedProviderId()).name()
          + " (offer " + r.matchedOfferId() + ")");
    }
    if (r.followUpsSent() > 0) {
      lines.add("- Follow-up letters: " + r.followUpsSent() + ", the last on " + r.lastFollowUpOn());
    }
    if (r.deliveredOn() != null) {
      lines.add("- Delivered on " + r.deliveredOn() + ": " + r.deliverySummary());
    }
    for (Feedback f : requests.feedback(r.id())) {
      lines.add("- Feedback from the " + (f.from() == Party.REQUESTER ? "requesting State" : "provider") + " ("
          + f.receivedOn() + "): " + f.summary());
    }
    return lines.isEmpty() ? "Nothing recorded yet beyond the request." : fit(String.join("\n", lines));
  }

  /** A form's text lives in a task variable, which the engine keeps in 4,000 characters. */
  static String fit(String text) {
    return text.length() <= 3900 ? text : text.substring(0, 3890) + " […]";
  }
}

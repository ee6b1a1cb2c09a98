package org.un.sc1540.workflow.assistance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * The assistance mechanism over HTTP: requests, offers, the consolidated list of providers, the
 * quarterly report, and the Committee's page. Every rule is the services'; this maps JSON to them.
 */
@Controller
class AssistanceController {

  static final String TEXT_CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final AssistanceRequests requests;
  private final AssistanceOffers offers;
  private final AssistanceReport reports;
  private final RegistryService registry;

  AssistanceController(AssistanceRequests requests, AssistanceOffers offers, AssistanceReport reports,
      RegistryService registry) {
    this.requests = requests;
    this.offers = offers;
    this.reports = reports;
    this.registry = registry;
  }

  // Requests

  record RequestBodyJson(Object stateCode, Object receivedOn, Object areas, Object description, Object usesTemplate,
      Object confidential, Object consentToCirculate, Object stateReference) {}

  record Created(long id, String businessKey, String processInstanceId) {}

  @PostMapping(value = "/api/assistance/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  Created register(@RequestBody RequestBodyJson body) {
    NewRequest request = NewRequest.parse(body.stateCode(), body.receivedOn(), body.areas(), body.description(),
        body.usesTemplate(), body.confidential(), body.consentToCirculate(), body.stateReference());
    AssistanceRequests.Registered registered = requests.register(request);
    return new Created(registered.id(), registered.businessKey(), registered.processInstanceId());
  }

  /** A request as the API shows it. */
  record RequestView(long id, String businessKey, String stateCode, String stateName, LocalDate receivedOn,
      List<AssistanceArea> areas, String description, boolean usesTemplate, boolean confidential, String stateReference,
      Consent consent, LocalDate consentOn, RequestStatus status, LocalDate circulatedOn, LocalDate offersDueOn,
      LocalDate escalateOn, LocalDate matchedOn, Long matchedOfferId, String matchedProvider, int followUpsSent,
      LocalDate deliveredOn, String deliverySummary, LocalDate closedOn, Outcome outcome, String outcomeNotes,
      String processInstanceId, String cockpit) {}

  record RequestDetail(RequestView request, List<Clarification> clarifications, List<CirculationLine> circulation,
      List<Offer> offers, List<Feedback> feedback, List<Escalation> escalations) {}

  record CirculationLine(int ranking, long providerId, String provider, List<AssistanceArea> matchedAreas,
      String explanation, boolean included, boolean addedByExperts, String letterSymbol, LocalDate sentOn,
      String reminderSymbol, String problem) {}

  @GetMapping("/api/assistance/requests")
  @ResponseBody
  List<RequestView> list() {
    Map<Long, String> names = providerNames();
    return requests.visible().stream().map(r -> view(r, names)).toList();
  }

  @GetMapping("/api/assistance/requests/{id}")
  @ResponseBody
  RequestDetail detail(@PathVariable long id) {
    AssistanceRequest r = requests.get(id);
    Map<Long, String> names = providerNames();
    List<CirculationLine> circulation = requests.circulation(id).stream()
        .map(e -> new CirculationLine(e.ranking(), e.providerId(), names.get(e.providerId()), e.matchedAreas(),
            e.explanation(), e.included(), e.chosenByExperts(), e.letterSymbol(), e.sentOn(), e.reminderSymbol(),
            e.problem()))
        .toList();
    return new RequestDetail(view(r, names), requests.clarifications(id), circulation, requests.offersFor(id),
        requests.feedback(id), requests.escalations(id));
  }

  @GetMapping(value = "/api/assistance/requests.csv", produces = TEXT_CSV)
  void listCsv(HttpServletResponse response) throws IOException {
    writeRequests(response, "assistance-requests.csv", requests.visible());
  }

  @GetMapping(value = "/api/assistance/requests/{id}.csv", produces = TEXT_CSV)
  void oneCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
    AssistanceRequest r = requests.get(id);
    writeRequests(response, r.businessKey() + ".csv", List.of(r));
  }

  private void writeRequests(HttpServletResponse response, String file, List<AssistanceRequest> rows)
      throws IOException {
    Map<Long, String> names = providerNames();
    try (CSVPrinter csv = new CSVPrinter(csv(response, file), CSVFormat.RFC4180.builder().setHeader("id", "reference",
        "state", "received_on", "areas", "uses_template", "confidential", "consent", "status", "circulated_on",
        "offers_due_on", "matched_on", "provider", "follow_ups", "delivered_on", "closed_on", "outcome", "description")
        .get())) {
      for (AssistanceRequest r : rows) {
        csv.printRecord(r.id(), r.businessKey(), r.stateCode(), r.receivedOn(),
            r.areas().stream().map(Enum::name).collect(Collectors.joining(";")), r.usesTemplate(), r.confidential(),
            lower(r.consent()), lower(r.status()), r.circulatedOn(), r.offersDueOn(), r.matchedOn(),
            r.matchedProviderId() == null ? null : names.get(r.matchedProviderId()), r.followUpsSent(),
            r.deliveredOn(), r.closedOn(), r.outcome() == null ? null : lower(r.outcome()), r.description());
      }
    }
  }

  record DeliveryJson(Object deliveredOn, Object summary) {}

  /** The secretariat (or, for a confidential request, the experts) reports a delivery. */
  @PostMapping(value = "/api/assistance/requests/{id}/delivery", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  RequestView delivery(@PathVariable long id, @RequestBody DeliveryJson body) {
    requests.get(id);
    requests.deliveryReported(id, Inputs.requiredDate("deliveredOn", body.deliveredOn()),
        Inputs.requiredText("summary", body.summary(), AssistanceRequests.MAX_TEXT));
    return view(requests.get(id), providerNames());
  }

  record FeedbackJson(Object from, Object receivedOn, Object summary) {}

  @PostMapping(value = "/api/assistance/requests/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  List<Feedback> feedback(@PathVariable long id, @RequestBody FeedbackJson body) {
    requests.get(id);
    requests.feedbackReported(id, Inputs.choice("from", body.from(), Party.class),
        Inputs.requiredDate("receivedOn", body.receivedOn()),
        Inputs.requiredText("summary", body.summary(), AssistanceRequests.MAX_TEXT));
    return requests.feedback(id);
  }

  // Offers and providers

  record OfferJson(Object providerKind, Object stateCode, Object organizationId, Object name, Object addressee,
      Object email, Object language, Object region, Object areas, Object description, Object validFrom, Object validTo,
      Object receivedOn, Object requestId) {}

  @PostMapping(value = "/api/assistance/offers", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  AssistanceOffers.Registered offer(@RequestBody OfferJson body) {
    ProviderKind kind = Inputs.choice("providerKind", body.providerKind(), ProviderKind.class);
    String language = Inputs.optionalText("language", body.language(), 2);
    UnLanguage unLanguage;
    try {
      unLanguage = language == null ? null : UnLanguage.of(language.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refused.badRequest("language " + e.getMessage());
    }
    return offers.register(new AssistanceOffers.NewOffer(kind,
        Inputs.isBlank(body.stateCode()) ? null : Inputs.stateCode("stateCode", body.stateCode()),
        Inputs.optionalWholeNumber("organizationId", body.organizationId()),
        Inputs.optionalText("name", body.name(), 200), Inputs.optionalText("addressee", body.addressee(), 300),
        Inputs.optionalText("email", body.email(), 200), unLanguage,
        Inputs.isBlank(body.region()) ? null : Inputs.choice("region", body.region(), RegionalGroup.class),
        AssistanceArea.parse("areas", body.areas()), Inputs.optionalText("description", body.description(), 2000),
        Inputs.optionalDate("validFrom", body.validFrom()), Inputs.optionalDate("validTo", body.validTo()),
        Inputs.optionalDate("receivedOn", body.receivedOn()),
        Inputs.optionalWholeNumber("requestId", body.requestId())));
  }

  @GetMapping("/api/assistance/providers")
  @ResponseBody
  List<AssistanceOffers.ProviderEntry> providers() {
    return offers.providers();
  }

  @GetMapping(value = "/api/assistance/providers.csv", produces = TEXT_CSV)
  void providersCsv(HttpServletResponse response) throws IOException {
    try (CSVPrinter csv = new CSVPrinter(csv(response, "assistance-providers.csv"), CSVFormat.RFC4180.builder()
        .setHeader("id", "kind", "state", "organization_id", "name", "region", "current_areas", "current_offers",
            "matches").get())) {
      for (AssistanceOffers.ProviderEntry p : offers.providers()) {
        csv.printRecord(p.id(), lower(p.kind()), p.stateCode(), p.organizationId(), p.name(),
            p.region() == null ? null : p.region().name(),
            p.currentAreas().stream().map(Enum::name).collect(Collectors.joining(";")), p.currentOffers(), p.matches());
      }
    }
  }

  // The quarterly report

  @GetMapping("/api/assistance/report")
  @ResponseBody
  AssistanceReport.Report report(@RequestParam(required = false) String year,
      @RequestParam(required = false) String quarter) {
    return reports.report(year, quarter);
  }

  @GetMapping(value = "/api/assistance/report.csv", produces = TEXT_CSV)
  void reportCsv(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
      HttpServletResponse response) throws IOException {
    AssistanceReport.Report report = reports.report(year, quarter);
    reports.writeCsv(report, csv(response, "assistance-" + report.year() + "-q" + report.quarter() + ".csv"));
  }

  @GetMapping(value = "/api/assistance/report.xlsx", produces = XLSX)
  void reportXlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
      HttpServletResponse response) throws IOException {
    AssistanceReport.Report report = reports.report(year, quarter);
    response.setContentType(XLSX);
    response.setHeader("Content-Disposition", "attachment; filename=\"assistance-" + report.year() + "-q"
        + report.quarter() + ".xlsx\"");
    reports.writeXlsx(report, response.getOutputStream());
  }

  // The Committee's page

  @GetMapping("/committee/assistance")
  String page(Model model) {
    Map<Long, String> names = providerNames();
    model.addAttribute("requests", requests.visible().stream().map(r -> view(r, names)).toList());
    model.addAttribute("hidesConfidential", !requests.mayReadConfidential());
    model.addAttribute("providers", offers.providers().size());
    return "assistance";
  }

  private RequestView view(AssistanceRequest r, Map<Long, String> providers) {
    return new RequestView(r.id(), r.businessKey(), r.stateCode(), registry.state(r.stateCode()).name(), r.receivedOn(),
        r.areas(), r.description(), r.usesTemplate(), r.confidential(), r.stateReference(), r.consent(), r.consentOn(),
        r.status(), r.circulatedOn(), r.offersDueOn(), r.escalateOn(), r.matchedOn(), r.matchedOfferId(),
        r.matchedProviderId() == null ? null : providers.get(r.matchedProviderId()), r.followUpsSent(), r.deliveredOn(),
        r.deliverySummary(), r.closedOn(), r.outcome(), r.outcomeNotes(), r.processInstanceId(),
        r.processInstanceId() == null ? null : "/camunda/app/cockpit/default/#/process-instance/" + r.processInstanceId());
  }

  private Map<Long, String> providerNames() {
    return offers.providers().stream().collect(Collectors.toMap(AssistanceOffers.ProviderEntry::id,
        AssistanceOffers.ProviderEntry::name, (a, b) -> a));
  }

  private static Writer csv(HttpServletResponse response, String file) throws IOException {
    response.setContentType(TEXT_CSV);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    return response.getWriter();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

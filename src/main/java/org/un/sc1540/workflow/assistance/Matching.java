package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which providers match a request, best first, and why (2663 §17, PoW §9(b), §9(g)): a provider
 * matches by the areas its current offers cover; one that limits itself to a region matches only
 * requests from that region; the requesting State is never its own provider. Ranked by the number
 * of the request's areas covered, then providers of the request's own region (regional approaches),
 * then the provider whose offer came first, then by name. No engine, no database: a pure rule.
 */
final class Matching {

  private Matching() {}

  /** A provider proposed for a request. */
  record Candidate(Provider provider, List<AssistanceArea> matchedAreas, String explanation) {}

  static List<Candidate> rank(List<AssistanceArea> requested, String requestingState, RegionalGroup requestRegion,
      Collection<Provider> providers, Map<Long, List<Offer>> offersByProvider, LocalDate day) {
    record Scored(Candidate candidate, int matched, boolean regional, LocalDate firstOffer) {}
    List<Scored> scored = new ArrayList<>();
    for (Provider provider : providers) {
      if (provider.kind() == ProviderKind.STATE && provider.stateCode().equals(requestingState)) {
        continue;
      }
      if (provider.region() != null && provider.region() != requestRegion) {
        continue;
      }
      List<Offer> current = offersByProvider.getOrDefault(provider.id(), List.of()).stream()
          .filter(offer -> offer.validOn(day)).toList();
      Set<AssistanceArea> offered = new LinkedHashSet<>();
      current.forEach(offer -> offered.addAll(offer.areas()));
      List<AssistanceArea> matched = requested.stream().filter(offered::contains).toList();
      if (matched.isEmpty()) {
        continue;
      }
      LocalDate firstOffer = current.stream().map(Offer::receivedOn).min(Comparator.naturalOrder()).orElse(day);
      LocalDate lastValid = current.stream().map(Offer::validTo).anyMatch(to -> to == null) ? null
          : current.stream().map(Offer::validTo).max(Comparator.naturalOrder()).orElse(null);
      String explanation = explain(matched, requested.size(), provider.region(), lastValid);
      scored.add(new Scored(new Candidate(provider, matched, explanation), matched.size(), provider.region() != null,
          firstOffer));
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::matched).reversed()
            .thenComparing(Scored::regional, Comparator.reverseOrder())
            .thenComparing(Scored::firstOffer)
            .thenComparing(s -> s.candidate().provider().name()))
        .map(Scored::candidate)
        .toList();
  }

  static String explain(List<AssistanceArea> matched, int requested, RegionalGroup region, LocalDate validUntil) {
    StringBuilder text = new StringBuilder("matches ").append(matched.size()).append(" of ").append(requested)
        .append(requested == 1 ? " area (" : " areas (")
        .append(matched.stream().map(AssistanceArea::label).collect(Collectors.joining("; "))).append(")");
    if (region != null) {
      text.append("; offers assistance to ").append(region.label()).append(" only, the requesting State's group");
    }
    text.append(validUntil == null ? "; offer open-ended" : "; offer valid until " + validUntil);
    return text.toString();
  }
}

package org.un.sc1540.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.un.sc1540.workflow.assistance.AssistanceArea.BORDER_EXPORT_CONTROLS;
import static org.un.sc1540.workflow.assistance.AssistanceArea.LEGISLATION;
import static org.un.sc1540.workflow.assistance.AssistanceArea.NUCLEAR_SECURITY;
import static org.un.sc1540.workflow.assistance.AssistanceArea.TRAINING_AWARENESS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking of providers for a request: by areas covered, region, first offer, name; and why. */
class MatchingTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
  private static final List<AssistanceArea> REQUESTED =
      List.of(LEGISLATION, BORDER_EXPORT_CONTROLS, TRAINING_AWARENESS, NUCLEAR_SECURITY);

  private static Provider state(long id, String code, RegionalGroup region) {
    return new Provider(id, ProviderKind.STATE, code, null, code, null, null, null, region);
  }

  private static Provider organization(long id, String name, RegionalGroup region) {
    return new Provider(id, ProviderKind.ORGANIZATION, null, null, name, name, "x@example.org", "en", region);
  }

  private static Offer offer(long provider, LocalDate received, LocalDate validTo, AssistanceArea... areas) {
    return new Offer(provider * 100, provider, List.of(areas), null, received, validTo, null, received, null);
  }

  private static List<Matching.Candidate> rank(List<Provider> providers, Map<Long, List<Offer>> offers) {
    return Matching.rank(REQUESTED, "MLI", RegionalGroup.AFRICAN, providers, offers, TODAY);
  }

  @Test
  void providersAreRankedByTheNumberOfRequestedAreasTheirOffersCover() {
    List<Provider> providers = List.of(state(1, "FRA", null), organization(2, "IAEA", null), state(3, "JPN", null));
    Map<Long, List<Offer>> offers = Map.of(
        1L, List.of(offer(1, TODAY.minusDays(10), null, LEGISLATION)),
        2L, List.of(offer(2, TODAY.minusDays(5), null, NUCLEAR_SECURITY, TRAINING_AWARENESS),
            offer(2, TODAY.minusDays(2), null, BORDER_EXPORT_CONTROLS)),
        3L, List.of(offer(3, TODAY.minusDays(1), null, LEGISLATION, TRAINING_AWARENESS)));

    List<Matching.Candidate> ranked = rank(providers, offers);

    assertThat(ranked).extracting(c -> c.provider().name()).containsExactly("IAEA", "JPN", "FRA");
    assertThat(ranked.get(0).matchedAreas()).containsExactly(BORDER_EXPORT_CONTROLS, TRAINING_AWARENESS, NUCLEAR_SECURITY);
    assertThat(ranked.get(0).explanation()).startsWith("matches 3 of 4 areas (Border and export controls; "
        + "Training and awareness-raising; Nuclear security)").endsWith("offer open-ended");
    assertThat(ranked.get(2).explanation()).startsWith("matches 1 of 4 areas (Legislation and regulations)");
  }

  @Test
  void aProviderWhoseOffersCoverNoRequestedAreaIsNotProposed() {
    List<Provider> providers = List.of(state(1, "FRA", null));
    Map<Long, List<Offer>> offers = Map.of(1L, List.of(offer(1, TODAY, null, AssistanceArea.CHEMICAL_SECURITY)));

    assertThat(rank(providers, offers)).isEmpty();
  }

  @Test
  void expiredAndFutureOffersDoNotCount() {
    List<Provider> providers = List.of(state(1, "FRA", null), state(2, "DEU", null));
    Map<Long, List<Offer>> offers = Map.of(
        1L, List.of(offer(1, TODAY.minusYears(2), TODAY.minusDays(1), LEGISLATION)),
        2L, List.of(new Offer(200, 2, List.of(LEGISLATION), null, TODAY.plusDays(1), null, null, TODAY, null)));

    assertThat(rank(providers, offers)).isEmpty();
  }

  @Test
  void aProviderLimitedToAnotherRegionIsLeftOutAndOneOfTheRequestersRegionComesFirstAmongEquals() {
    List<Provider> providers = List.of(organization(1, "Asia-Pacific centre", RegionalGroup.ASIA_PACIFIC),
        organization(2, "Global network", null), organization(3, "African Union", RegionalGroup.AFRICAN));
    Map<Long, List<Offer>> offers = Map.of(
        1L, List.of(offer(1, TODAY.minusDays(9), null, LEGISLATION)),
        2L, List.of(offer(2, TODAY.minusDays(30), null, LEGISLATION)),
        3L, List.of(offer(3, TODAY.minusDays(3), TODAY.plusYears(1), LEGISLATION)));

    List<Matching.Candidate> ranked = rank(providers, offers);

    assertThat(ranked).extracting(c -> c.provider().name()).containsExactly("African Union", "Global network");
    assertThat(ranked.get(0).explanation()).contains("to African States only").contains("valid until 2028-06-01");
  }

  @Test
  void theRequestingStateIsNeverItsOwnProvider() {
    List<Provider> providers = List.of(state(1, "MLI", null));
    Map<Long, List<Offer>> offers = Map.of(1L, List.of(offer(1, TODAY, null, LEGISLATION)));

    assertThat(rank(providers, offers)).isEmpty();
  }

  @Test
  void equalProvidersAreRankedByTheirFirstOfferThenByName() {
    List<Provider> providers = List.of(state(1, "ZZZ", null), state(2, "AAA", null), state(3, "BBB", null));
    Map<Long, List<Offer>> offers = Map.of(
        1L, List.of(offer(1, TODAY.minusDays(20), null, LEGISLATION)),
        2L, List.of(offer(2, TODAY.minusDays(10), null, LEGISLATION)),
        3L, List.of(offer(3, TODAY.minusDays(10), null, LEGISLATION)));

    assertThat(rank(providers, offers)).extracting(c -> c.provider().name()).containsExactly("ZZZ", "AAA", "BBB");
  }
}

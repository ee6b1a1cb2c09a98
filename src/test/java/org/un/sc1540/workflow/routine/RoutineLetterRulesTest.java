package org.un.sc1540.workflow.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.OrganizationKind;
import org.un.sc1540.workflow.routine.RoutineLetterRules.OpenRequest;
import org.un.sc1540.workflow.routine.RoutineLetterRules.OrganizationFacts;
import org.un.sc1540.workflow.routine.RoutineLetterRules.ProviderFacts;
import org.un.sc1540.workflow.routine.RoutineLetterRules.Selected;
import org.un.sc1540.workflow.routine.RoutineLetterRules.StateFacts;

/**
 * Each rule that chooses the addressees of a March routine letter, with one addressee that matches
 * and one that does not, on the default settings (application.yaml) as of 2 March 2030.
 */
class RoutineLetterRulesTest {

  private static final int YEAR = 2030;
  private static final LocalDate TODAY = LocalDate.of(YEAR, 3, 2);
  private static final RoutineLetterRules RULES = new RoutineLetterRules(
      new RoutineLettersProperties(3, 24, 24, 6, 3, List.of(OrganizationKind.INTERNATIONAL)));
  /** A current national point of contact taken in last year: no POC letter. */
  private static final List<LocalDate> FRESH_POC = List.of(LocalDate.of(2029, 6, 1));

  private static List<Selected> states(StateFacts... states) {
    return RULES.select(YEAR, TODAY, List.of(states), List.of(), List.of(), List.of());
  }

  private static List<Selected> of(List<Selected> selected, LetterType type) {
    return selected.stream().filter(s -> s.type() == type).toList();
  }

  @Test
  void aStateThatReportedAndSentNothingForThreeYearsIsAskedForAdditionalInformation() {
    List<Selected> selected = states(
        new StateFacts("AAA", true, LocalDate.of(2027, 12, 31), FRESH_POC),
        new StateFacts("BBB", true, LocalDate.of(2028, 1, 1), FRESH_POC),
        new StateFacts("CCC", false, null, FRESH_POC));

    assertThat(of(selected, LetterType.ADDITIONAL_INFORMATION_REQUEST))
        .extracting(Selected::stateCode, Selected::lastSubmissionYear).containsExactly(tuple("AAA", 2027));
  }

  @Test
  void aStateWithoutANationalPointOfContactIsAskedToDesignateOne() {
    List<Selected> selected = states(new StateFacts("AAA", false, null, List.of()),
        new StateFacts("BBB", false, null, FRESH_POC));

    assertThat(of(selected, LetterType.POC_NOMINATION_REQUEST)).extracting(Selected::stateCode).containsExactly("AAA");
    assertThat(of(selected, LetterType.POC_UPDATE_REQUEST)).isEmpty();
  }

  @Test
  void aNationalPointOfContactNotConfirmedForTwoYearsIsAskedToBeConfirmed() {
    List<Selected> selected = states(new StateFacts("AAA", false, null, List.of(LocalDate.of(2028, 3, 1))),
        new StateFacts("BBB", false, null, List.of(LocalDate.of(2028, 3, 2))));

    assertThat(of(selected, LetterType.POC_UPDATE_REQUEST)).extracting(Selected::stateCode, Selected::pocConfirmedOn)
        .containsExactly(tuple("AAA", LocalDate.of(2028, 3, 1)));
  }

  @Test
  void aRequestingStateWithARequestOpenForSixMonthsIsAskedAboutIt() {
    List<Selected> selected = RULES.select(YEAR, TODAY, List.of(), List.of(
        new OpenRequest("MLI", "ASSIST-MLI-2029-2", LocalDate.of(2029, 9, 2)),
        new OpenRequest("MLI", "ASSIST-MLI-2029-1", LocalDate.of(2029, 5, 1)),
        new OpenRequest("NER", "ASSIST-NER-2029-1", LocalDate.of(2029, 9, 3))), List.of(), List.of());

    assertThat(of(selected, LetterType.ASSISTANCE_REQUESTER_FOLLOW_UP))
        .extracting(Selected::stateCode, Selected::requestReferences)
        .containsExactly(tuple("MLI", "ASSIST-MLI-2029-1, ASSIST-MLI-2029-2"));
  }

  @Test
  void aProviderWithAnOfferOrAMatchInThreeYearsIsARegularProviderAndAnotherIsAPotentialOne() {
    List<Selected> selected = RULES.select(YEAR, TODAY, List.of(), List.of(), List.of(
        new ProviderFacts("FRA", null, LocalDate.of(2027, 1, 1), null),
        new ProviderFacts(null, 7L, null, LocalDate.of(2028, 5, 5)),
        new ProviderFacts("DEU", null, LocalDate.of(2026, 12, 31), null)), List.of());

    assertThat(of(selected, LetterType.ASSISTANCE_PROVIDER_LETTER))
        .extracting(Selected::stateCode, Selected::organizationId)
        .containsExactlyInAnyOrder(tuple("FRA", null), tuple(null, 7L));
    assertThat(of(selected, LetterType.ASSISTANCE_POTENTIAL_PROVIDER_LETTER))
        .extracting(Selected::stateCode).containsExactly("DEU");
  }

  @Test
  void anInternationalOrganizationThatIsNotARegularProviderIsAPotentialOneARegionalOneIsNot() {
    List<Selected> selected = RULES.select(YEAR, TODAY, List.of(), List.of(),
        List.of(new ProviderFacts(null, 1L, LocalDate.of(2029, 1, 1), null)), List.of(
            new OrganizationFacts(1L, OrganizationKind.INTERNATIONAL, FRESH_POC),
            new OrganizationFacts(2L, OrganizationKind.INTERNATIONAL, FRESH_POC),
            new OrganizationFacts(3L, OrganizationKind.REGIONAL, FRESH_POC)));

    assertThat(of(selected, LetterType.ASSISTANCE_POTENTIAL_PROVIDER_LETTER)).extracting(Selected::organizationId)
        .containsExactly(2L);
  }

  @Test
  void anOrganizationWithoutAPointOfContactIsAskedToDesignateOneAndAStaleOneToConfirmIt() {
    List<Selected> selected = RULES.select(YEAR, TODAY, List.of(), List.of(), List.of(), List.of(
        new OrganizationFacts(1L, OrganizationKind.REGIONAL, List.of()),
        new OrganizationFacts(2L, OrganizationKind.REGIONAL, List.of(LocalDate.of(2028, 3, 1))),
        new OrganizationFacts(3L, OrganizationKind.REGIONAL, List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 3, 2)))));

    assertThat(of(selected, LetterType.ORGANIZATION_POC_NOMINATION_REQUEST)).extracting(Selected::organizationId)
        .containsExactly(1L);
    assertThat(of(selected, LetterType.ORGANIZATION_POC_UPDATE_REQUEST))
        .extracting(Selected::organizationId, Selected::pocConfirmedOn).containsExactly(tuple(2L, LocalDate.of(2028, 3, 1)));
  }

  @Test
  void everyChosenAddresseeSaysWhichRuleChoseIt() {
    List<Selected> selected = states(new StateFacts("AAA", true, LocalDate.of(2020, 1, 1), List.of()));

    assertThat(selected).extracting(Selected::reason)
        .containsExactly("nothing received since 2020 (rule: 3 years or more)", "no national point of contact in the registry");
  }
}

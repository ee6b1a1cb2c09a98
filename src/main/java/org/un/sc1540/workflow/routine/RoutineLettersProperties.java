package org.un.sc1540.workflow.routine;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.un.sc1540.workflow.registry.OrganizationKind;

/**
 * The rules that choose the addressees of the March routine letters ({@code committee.routine-letters.*};
 * docs/routine-letters.md).
 *
 * @param additionalInformationAfterYears a State that reported is asked for additional information
 *     (2663 §7) when nothing (report or additional information) arrived from it in this many calendar years
 * @param pocConfirmationMonths a national point of contact taken into the registry longer ago than this is asked to be confirmed
 * @param organizationPocConfirmationMonths the same for an organization's point of contact (2663 §23)
 * @param requesterFollowUpAfterMonths a requesting State is asked about an open request received longer ago than this
 * @param regularProviderYears a provider with an offer or a match in this many years is a regular provider
 * @param potentialProviderOrganizationKinds registry organizations of these kinds that are not regular providers are potential providers
 */
@ConfigurationProperties("committee.routine-letters")
public record RoutineLettersProperties(
    @DefaultValue("3") int additionalInformationAfterYears,
    @DefaultValue("24") int pocConfirmationMonths,
    @DefaultValue("24") int organizationPocConfirmationMonths,
    @DefaultValue("6") int requesterFollowUpAfterMonths,
    @DefaultValue("3") int regularProviderYears,
    @DefaultValue("INTERNATIONAL") List<OrganizationKind> potentialProviderOrganizationKinds) {}

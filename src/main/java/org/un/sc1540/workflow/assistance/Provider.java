package org.un.sc1540.workflow.assistance;

/**
 * An assistance provider. A State provider is written to at its Permanent Mission (the registry);
 * an organization or another provider at the e-mail address and in the language kept here.
 *
 * @param addressee how a letter's compliments formula names it; null for a State (the registry's phrase)
 * @param region the one regional group it limits its assistance to, or null for any
 */
public record Provider(long id, ProviderKind kind, String stateCode, Long organizationId, String name,
    String addressee, String email, String language, RegionalGroup region) {}

package org.un.sc1540.workflow.registry;

import java.time.LocalDate;

/** A 1540 point of contact of an organization (2663 §23), valid from one date to another. */
public record OrganizationContact(long id, long organizationId, String name, String unit, String email,
    LocalDate validFrom, LocalDate validTo, boolean demo) {}

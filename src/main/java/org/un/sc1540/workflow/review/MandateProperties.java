package org.un.sc1540.workflow.review;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Committee's mandate as the Security Council last set it.
 *
 * @param endsOn the last day of the mandate (resolution 2663 (2022), paragraph 2: until
 *     30 November 2032); a review that precedes the mandate's renewal reports by this day
 *     (paragraph 3). Change it when the Council renews the mandate.
 */
@ConfigurationProperties("committee.mandate")
public record MandateProperties(@DefaultValue("2032-11-30") LocalDate endsOn) {}

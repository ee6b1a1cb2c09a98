package org.un.sc1540.workflow.assistance;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The assistance mechanism's periods ({@code committee.assistance.*}). Every wait ends at the end
 * of its day in New York.
 *
 * @param taskTime how long a task of the secretariat, the experts or the coordinators is due in
 * @param clarificationPeriod how long the State has to answer a request for clarification (the experts may set another date)
 * @param offerPeriod how long providers have to answer a circulation before the one reminder
 * @param escalateUnmatchedAfter how long after circulation (or consent refused) an unmatched request goes to the coordinators
 * @param followUpCadence how often the Committee seeks follow-up information between a match and delivery (PoW §9(c))
 * @param feedbackPeriod how long both sides have to give feedback after delivery (2663 §20)
 */
@ConfigurationProperties("committee.assistance")
public record AssistanceProperties(
    @DefaultValue("P14D") Period taskTime,
    @DefaultValue("P30D") Period clarificationPeriod,
    @DefaultValue("P60D") Period offerPeriod,
    @DefaultValue("P120D") Period escalateUnmatchedAfter,
    @DefaultValue("P90D") Period followUpCadence,
    @DefaultValue("P60D") Period feedbackPeriod) {}

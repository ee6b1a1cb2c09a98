package org.un.sc1540.workflow.reporting;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rhythm of the reminders to States without a first national report (docs/reporting.md).
 *
 * @param reminderInterval how long the Committee waits for the report after a note before the next
 *     note is prepared (ISO 8601 duration; P90D: a Mission forwards the note to its capital, where
 *     a report is drafted and cleared by several ministries; a quarter is the shortest wait that is
 *     not a nuisance, and gives at most four notes a year)
 * @param holdPeriod how long a cycle put on hold by the secretariat sleeps before it is reviewed again
 * @param escalationThreshold after this many unanswered notes, the coordinators arrange a meeting on
 *     the margins of the General Assembly and an offer of assistance
 * @param reviewWorkingDays working days (Monday to Friday, New York) the secretariat has to review a note
 * @param assistanceOfferWorkingDays working days to prepare an offer of assistance after an escalation
 */
@ConfigurationProperties("committee.reporting")
public record ReportingProperties(
    @DefaultValue("P90D") String reminderInterval,
    @DefaultValue("P30D") String holdPeriod,
    @DefaultValue("2") int escalationThreshold,
    @DefaultValue("3") int reviewWorkingDays,
    @DefaultValue("10") int assistanceOfferWorkingDays) {

  public ReportingProperties {
    requireIsoDuration("committee.reporting.reminder-interval", reminderInterval);
    requireIsoDuration("committee.reporting.hold-period", holdPeriod);
    if (escalationThreshold < 1) {
      throw new IllegalArgumentException("committee.reporting.escalation-threshold must be at least 1, not "
          + escalationThreshold);
    }
    if (reviewWorkingDays < 1 || assistanceOfferWorkingDays < 1) {
      throw new IllegalArgumentException("committee.reporting.*-working-days must be at least 1");
    }
  }

  /** Accepts what the engine's timers accept and java.time can check: P90D, P3M, PT12H. */
  private static void requireIsoDuration(String property, String value) {
    try {
      if (value.contains("T")) {
        if (Duration.parse(value).isNegative() || Duration.parse(value).isZero()) {
          throw new IllegalArgumentException(property + " must be positive, not " + value);
        }
      } else if (Period.parse(value).isNegative() || Period.parse(value).isZero()) {
        throw new IllegalArgumentException(property + " must be positive, not " + value);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(property + " must be an ISO 8601 duration such as P90D, not '" + value + "'",
          e);
    }
  }
}

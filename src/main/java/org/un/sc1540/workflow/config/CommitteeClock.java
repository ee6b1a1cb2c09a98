package org.un.sc1540.workflow.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The Committee's time: New York, whatever the server's zone. Reads the engine's clock, so that a
 * test or a simulation that moves the engine's clock moves every date the application computes.
 */
@Component
public class CommitteeClock {

  /** The Committee sits in New York: deadlines and letter dates are in its time zone. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  public Instant instant() {
    return ClockUtil.now().toInstant();
  }

  public ZonedDateTime now() {
    return instant().atZone(ZONE);
  }

  public LocalDate today() {
    return now().toLocalDate();
  }

  /** The last instant of a day in New York: 23:59:59.999 local time. */
  public static ZonedDateTime endOfDay(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).minusNanos(1_000_000);
  }
}

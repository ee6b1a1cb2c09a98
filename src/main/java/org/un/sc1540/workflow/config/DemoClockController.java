package org.un.sc1540.workflow.config;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.GroupAuthorities;

/**
 * The engine's clock in a demonstration run: an administrator moves it forward to see a schedule
 * unfold (a review's February steps, March's matrix round) without waiting months. It keeps
 * running from where it was set, for the engine (timers fall due, the job executor runs them) and
 * for every date the application computes (CommitteeClock). Never in the {@code prod} profile.
 */
@RestController
@RequestMapping("/api/demo/clock")
class DemoClockController {

  private final Environment environment;
  private final CommitteeClock clock;

  DemoClockController(Environment environment, CommitteeClock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  /** The new time: an ISO date-time with its offset, or a date (00:01 in New York that day). */
  record ClockSetting(String dateTime, String date) {}

  @GetMapping
  ResponseEntity<?> now(Authentication user) {
    return allowed(user) ? ResponseEntity.ok(current()) : refused(user);
  }

  @PutMapping
  ResponseEntity<?> set(@RequestBody ClockSetting setting, Authentication user) {
    if (!allowed(user)) {
      return refused(user);
    }
    OffsetDateTime target;
    try {
      if (setting.dateTime() != null && !setting.dateTime().isBlank()) {
        target = OffsetDateTime.parse(setting.dateTime().strip());
      } else if (setting.date() != null && !setting.date().isBlank()) {
        target = LocalDate.parse(setting.date().strip()).atTime(0, 1).atZone(CommitteeClock.ZONE).toOffsetDateTime();
      } else {
        return problem(HttpStatus.BAD_REQUEST, "Give dateTime (e.g. 2027-02-01T09:00:00-05:00) or date (e.g. 2027-02-01)");
      }
    } catch (DateTimeParseException e) {
      return problem(HttpStatus.BAD_REQUEST, "Not an ISO date or date-time with offset: " + e.getParsedString());
    }
    ClockUtil.offset(target.toInstant().toEpochMilli() - System.currentTimeMillis());
    return ResponseEntity.ok(current());
  }

  @DeleteMapping
  ResponseEntity<?> reset(Authentication user) {
    if (!allowed(user)) {
      return refused(user);
    }
    ClockUtil.reset();
    return ResponseEntity.ok(current());
  }

  private Map<String, Object> current() {
    return Map.of("now", clock.now().toOffsetDateTime().toString(), "zone", CommitteeClock.ZONE.getId());
  }

  private boolean allowed(Authentication user) {
    return !isProduction() && GroupAuthorities.groupIds(user).contains(CommitteeGroups.ADMINISTRATORS);
  }

  private ResponseEntity<ProblemDetail> refused(Authentication user) {
    if (isProduction()) {
      return problem(HttpStatus.NOT_FOUND, "The demonstration clock does not exist in production");
    }
    return problem(HttpStatus.FORBIDDEN, "Only administrators move the demonstration clock; " + user.getName()
        + " is not one");
  }

  private boolean isProduction() {
    return Arrays.asList(environment.getActiveProfiles()).contains("prod");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
  }
}

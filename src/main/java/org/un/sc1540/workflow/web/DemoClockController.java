package org.un.sc1540.workflow.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.security.CommitteeAccess;

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
  private final CommitteeAccess access;
  private final ProcessEngine processEngine;

  DemoClockController(Environment environment, CommitteeClock clock, CommitteeAccess access,
      ProcessEngine processEngine) {
    this.environment = environment;
    this.clock = clock;
    this.access = access;
    this.processEngine = processEngine;
  }

  /** The new time: an ISO date-time with its offset, or a date (00:01 in New York that day). */
  record ClockSetting(String dateTime, String date) {}

  @GetMapping
  Map<String, Object> now() {
    requireAdministrator();
    return current();
  }

  @PutMapping
  Map<String, Object> set(@RequestBody ClockSetting setting) {
    requireAdministrator();
    OffsetDateTime target;
    if (!Inputs.isBlank(setting.dateTime())) {
      try {
        target = OffsetDateTime.parse(setting.dateTime().strip());
      } catch (DateTimeParseException e) {
        throw Refused.badRequest("dateTime '" + setting.dateTime() + "' is not a date-time with its offset, such as "
            + "2027-02-01T09:00:00-05:00");
      }
    } else if (!Inputs.isBlank(setting.date())) {
      LocalDate day = Inputs.requiredDate("date", setting.date());
      target = day.atTime(0, 1).atZone(CommitteeClock.ZONE).toOffsetDateTime();
    } else {
      throw Refused.badRequest("Give dateTime (e.g. 2027-02-01T09:00:00-05:00) or date (e.g. 2027-02-01)");
    }
    ClockUtil.offset(target.toInstant().toEpochMilli() - System.currentTimeMillis());
    wakeJobExecutor();
    return current();
  }

  @DeleteMapping
  Map<String, Object> reset() {
    requireAdministrator();
    ClockUtil.reset();
    return current();
  }

  /**
   * An idle job executor waits up to a minute between looks for due jobs (its back-off); the timers
   * the move made due would then wait as long. Told that jobs came, it looks at once.
   */
  private void wakeJobExecutor() {
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getJobExecutor();
    if (jobExecutor != null && jobExecutor.isActive()) {
      jobExecutor.jobWasAdded();
    }
  }

  private Map<String, Object> current() {
    return Map.of("now", clock.now().toOffsetDateTime().toString(), "zone", CommitteeClock.ZONE.getId());
  }

  private void requireAdministrator() {
    if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      throw Refused.notFound("The demonstration clock does not exist in production");
    }
    if (access.caller().map(caller -> !caller.isAdministrator()).orElse(true)) {
      throw new CommitteeAccess.NotAllowed("Only administrators move the demonstration clock; "
          + access.userId() + " is not one");
    }
  }
}

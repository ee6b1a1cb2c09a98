package org.un.sc1540.workflow.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * Starts one reminder cycle per State that has no first report and no cycle running. Idempotent:
 * a second campaign (the March timer after a Tasklist start, a double click) starts nothing twice.
 */
@Service
public class ReminderCampaign {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderCampaign.class);

  private final RegistryService registry;
  private final RuntimeService runtimeService;
  private final CommitteeAccess access;

  ReminderCampaign(RegistryService registry, RuntimeService runtimeService, CommitteeAccess access) {
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.access = access;
  }

  /** The States a cycle was started for, and the ones skipped with the reason. */
  public record Result(List<String> started, Map<String, String> skipped) {}

  /**
   * Decides who may start reminder cycles (the secretariat), then starts them as the application:
   * nobody is granted to start a cycle directly, so that every cycle comes from a campaign.
   *
   * @param requested the States asked for; empty for every State without a first report
   * @throws Refused naming every code that is not a Member State; nothing is started then
   */
  public Result start(int campaignYear, List<String> requested) {
    access.require("start reminder cycles", CommitteeGroups.SECRETARIAT);
    List<String> unknown = requested.stream().filter(code -> !registry.isMember(code)).toList();
    if (!unknown.isEmpty()) {
      throw Refused.badRequest("Unknown State code(s) " + unknown.stream().map(c -> "'" + c + "'")
          .collect(Collectors.joining(", ")) + ": not among the 193 Member States (ISO 3166-1 alpha-3); "
          + "no reminder cycle was started");
    }
    return access.asApplication(() -> startCycles(campaignYear, requested));
  }

  private Result startCycles(int campaignYear, List<String> requested) {
    Set<String> withoutFirstReport = Set.copyOf(registry.statesWithoutFirstReport());
    List<String> candidates = requested.isEmpty() ? List.copyOf(withoutFirstReport).stream().sorted().toList()
        : requested;
    Set<String> running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FirstReportReminderProcess.KEY)
        .list().stream().map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
    List<String> started = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    for (String code : candidates) {
      if (!withoutFirstReport.contains(code)) {
        skipped.put(code, "first report already recorded");
      } else if (running.contains(code)) {
        skipped.put(code, "a reminder cycle is already running");
      } else {
        runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, code, Map.of(
            FirstReportReminderProcess.STATE_CODE, code,
            FirstReportReminderProcess.CAMPAIGN_YEAR, campaignYear));
        started.add(code);
      }
    }
    LOG.info("Campaign {}: {} reminder cycle(s) started, {} State(s) skipped", campaignYear, started.size(),
        skipped.size());
    return new Result(List.copyOf(started), skipped);
  }
}

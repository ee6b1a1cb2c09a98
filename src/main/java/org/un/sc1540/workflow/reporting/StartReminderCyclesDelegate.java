package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.NonReportingStatesProcess.CAMPAIGN_YEAR;
import static org.un.sc1540.workflow.reporting.NonReportingStatesProcess.CYCLES_STARTED;
import static org.un.sc1540.workflow.reporting.NonReportingStatesProcess.REMIND_ALL_STATES;
import static org.un.sc1540.workflow.reporting.NonReportingStatesProcess.STATES_SKIPPED;
import static org.un.sc1540.workflow.reporting.NonReportingStatesProcess.STATES_STARTED;
import static org.un.sc1540.workflow.reporting.NonReportingStatesProcess.STATE_CODES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.config.CommitteeClock;

/**
 * The campaign's one step. Runs in the transaction of the start (Tasklist, REST) or of the March
 * timer job: a refused list (an unknown code) starts nothing, and REST answers 400.
 */
@Component
public class StartReminderCyclesDelegate implements JavaDelegate {

  static final int MAX_SUMMARY = 3_900;

  private final ReminderCampaign campaign;
  private final CommitteeClock clock;

  StartReminderCyclesDelegate(ReminderCampaign campaign, CommitteeClock clock) {
    this.campaign = campaign;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = campaignYear(execution.getVariable(CAMPAIGN_YEAR));
    List<String> requested = Inputs.stateCodes(STATE_CODES, execution.getVariable(STATE_CODES));
    if (requested.isEmpty() && execution.hasVariable(REMIND_ALL_STATES) && !Inputs.flag(REMIND_ALL_STATES,
        execution.getVariable(REMIND_ALL_STATES))) {
      throw Refused.badRequest("Choose the States to remind (their alpha-3 codes, e.g. \"FRA, ESP\"), "
          + "or tick \"Remind every State without a first report\"");
    }
    ReminderCampaign.Result result = campaign.start(year, requested);
    execution.setVariable(CAMPAIGN_YEAR, year);
    execution.setVariable(CYCLES_STARTED, result.started().size());
    execution.setVariable(STATES_STARTED, String.join(", ", result.started()));
    execution.setVariable(STATES_SKIPPED, summary(result.skipped()));
  }

  /**
   * The skipped States grouped by reason ("a reminder cycle is already running: AFG, AGO"): short
   * enough for a String variable (4,000 characters) even when all 193 States are skipped.
   */
  static String summary(Map<String, String> skipped) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    skipped.forEach((code, reason) -> byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(code));
    String summary = byReason.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
        .collect(Collectors.joining("; "));
    return summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
  }

  private int campaignYear(Object value) {
    int thisYear = clock.today().getYear();
    if (Inputs.isBlank(value)) {
      return thisYear;
    }
    int year = Inputs.year(CAMPAIGN_YEAR, value);
    if (year > thisYear + 1) {
      throw Refused.badRequest(CAMPAIGN_YEAR + " must lie between " + Inputs.FIRST_YEAR + " and " + (thisYear + 1)
          + ", not " + value);
    }
    return year;
  }
}

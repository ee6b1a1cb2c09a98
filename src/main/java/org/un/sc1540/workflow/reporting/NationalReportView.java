package org.un.sc1540.workflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.registry.SubmissionKind;
import org.un.sc1540.workflow.web.InertText;

/**
 * What "Read the outcome" shows the person who recorded a report or additional information, and to
 * whom it goes: computed from the recording when the task is created (task input parameters).
 */
@Component
public class NationalReportView {

  private final NationalReports reports;
  private final RegistryService registry;

  NationalReportView(NationalReports reports, RegistryService registry) {
    this.reports = reports;
    this.registry = registry;
  }

  /** The person who recorded it; null (the secretariat's candidates only) when the application did. */
  public String recordedBy(DelegateExecution execution) {
    return recording(execution).recordedBy();
  }

  public String outcomeTitle(DelegateExecution execution) {
    ReportRecording recording = recording(execution);
    MemberState state = registry.state(recording.stateCode());
    String what = recording.kind() == SubmissionKind.ADDITIONAL_INFORMATION ? "Additional information recorded"
        : recording.endedACycle() ? "First report recorded, reminder cycle ended"
        : recording.alreadyRecorded() ? "First report already in the registry"
        : "First report recorded in the registry";
    return what + " — " + ReminderCycleView.label(state);
  }

  /** The outcome in words (inert: it repeats the reference as typed), and where to see more. */
  public String outcome(DelegateExecution execution) {
    ReportRecording recording = recording(execution);
    String code = recording.stateCode();
    return InertText.forMarkdown(reports.describe(recording)) + "\n\n"
        + "[Reminder cycles of " + code + "](/committee/reporting?state=" + code + ") · "
        + "[Letters to " + code + "](/committee/correspondence?state=" + code + ")";
  }

  private ReportRecording recording(DelegateExecution execution) {
    return reports.recordingOf(execution.getProcessInstanceId()).orElseThrow(() -> new IllegalStateException(
        "No recording by process instance " + execution.getProcessInstanceId()));
  }
}

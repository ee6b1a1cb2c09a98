package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.RecordAdditionalInformationProcess.RECEIVED_ON;
import static org.un.sc1540.workflow.reporting.RecordAdditionalInformationProcess.REFERENCE;
import static org.un.sc1540.workflow.reporting.RecordAdditionalInformationProcess.STATE_CODE;
import static org.un.sc1540.workflow.reporting.RecordAdditionalInformationProcess.WHAT_CHANGED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/** The recording step of "Record additional information": the registry's submission, and who recorded it. */
@Component
public class RecordAdditionalInformationDelegate implements JavaDelegate {

  private final NationalReports reports;

  RecordAdditionalInformationDelegate(NationalReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars form = Vars.of(execution);
    ReportRecording recording = reports.recordAdditionalInformation(form.stateCode(STATE_CODE), form.date(RECEIVED_ON),
        form.optionalText(REFERENCE, NationalReports.MAX_REFERENCE),
        form.optionalText(WHAT_CHANGED, NationalReports.MAX_WHAT_CHANGED + 100), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(recording.stateCode());
    execution.setVariable(STATE_CODE, recording.stateCode());
    execution.removeVariable(RECEIVED_ON);
    execution.removeVariable(REFERENCE);
    execution.removeVariable(WHAT_CHANGED);
  }
}

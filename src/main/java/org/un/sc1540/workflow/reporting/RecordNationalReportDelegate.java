package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.CYCLE_ENDED;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.RECORDING_RESULT;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.REPORT_RECEIVED_ON;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.REPORT_REFERENCE;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.STATE_CODE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.registry.UnknownStateException;

/** The one step of "Record national report": the registry, and the State's cycle if one runs. */
@Component
public class RecordNationalReportDelegate implements JavaDelegate {

  private final NationalReports reports;

  RecordNationalReportDelegate(NationalReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object state = execution.getVariable(STATE_CODE);
    if (!(state instanceof String code) || code.isBlank()) {
      throw new BadUserRequestException("The State's alpha-3 code (stateCode) is required, e.g. \"FRA\"");
    }
    Object reference = execution.getVariable(REPORT_REFERENCE);
    NationalReports.Recording recording;
    try {
      recording = reports.record(code, execution.getVariable(REPORT_RECEIVED_ON),
          reference == null ? null : reference.toString());
    } catch (UnknownStateException e) {
      throw new BadUserRequestException(e.getMessage());
    }
    execution.setVariable(STATE_CODE, recording.stateCode());
    execution.setVariable(CYCLE_ENDED, recording.cyclesEnded() > 0);
    execution.setVariable(RECORDING_RESULT, recording.message());
  }
}

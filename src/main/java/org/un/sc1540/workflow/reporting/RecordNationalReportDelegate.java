package org.un.sc1540.workflow.reporting;

import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.CYCLE_ENDED;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.RECORDED_THROUGH;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.REPORT_RECEIVED_ON;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.REPORT_REFERENCE;
import static org.un.sc1540.workflow.reporting.RecordNationalReportProcess.STATE_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Vars;

/**
 * The recording step of "Record national report", whether a person entered the report in Tasklist
 * or it came as a message for a State with no cycle waiting: the registry, and the State's cycle if
 * one runs. The date and reference become the registry's facts; the process keeps the State's code
 * (its business key) and whether a cycle ended.
 */
@Component
public class RecordNationalReportDelegate implements JavaDelegate {

  private final NationalReports reports;

  RecordNationalReportDelegate(NationalReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    ReportRecording recording = reports.record(vars.stateCode(STATE_CODE), vars.date(REPORT_RECEIVED_ON),
        vars.optionalText(REPORT_REFERENCE, NationalReports.MAX_REFERENCE),
        vars.choice(RECORDED_THROUGH, ReportRecording.Channel.class), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(recording.stateCode());
    execution.setVariable(STATE_CODE, recording.stateCode());
    execution.setVariable(CYCLE_ENDED, recording.endedACycle());
    execution.removeVariable(REPORT_RECEIVED_ON);
    execution.removeVariable(REPORT_REFERENCE);
  }
}

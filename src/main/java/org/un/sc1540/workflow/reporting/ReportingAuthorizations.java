package org.un.sc1540.workflow.reporting;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.ExternalMessage;
import org.un.sc1540.workflow.security.ProcessGrants;
import org.un.sc1540.workflow.security.ProcessGrants.Grant;

/**
 * The reporting work's rows of the grants table: the secretariat starts the campaign, records
 * reports and additional information, and sends {@code NationalReportReceived} (by {@code stateCode},
 * with the date and reference of the report): to the State's reminder cycle if one waits, otherwise
 * it starts RecordNationalReportProcess, which the same start grant covers. Nobody starts a
 * reminder cycle directly: the campaign does, as the application, after its own check.
 */
@Configuration(proxyBeanMethods = false)
class ReportingAuthorizations {

  @Bean
  ProcessGrants reportingGrants() {
    return () -> List.of(
        Grant.start(CommitteeGroups.SECRETARIAT, NonReportingStatesProcess.KEY),
        Grant.start(CommitteeGroups.SECRETARIAT, RecordNationalReportProcess.KEY),
        Grant.start(CommitteeGroups.SECRETARIAT, RecordAdditionalInformationProcess.KEY),
        Grant.sendMessages(CommitteeGroups.SECRETARIAT, FirstReportReminderProcess.KEY));
  }

  @Bean
  ExternalMessage nationalReportReceived() {
    return ExternalMessage.byKeys(FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED,
        List.of(FirstReportReminderProcess.STATE_CODE),
        Set.of(FirstReportReminderProcess.REPORT_RECEIVED_ON, FirstReportReminderProcess.REPORT_REFERENCE))
        // Without a cycle waiting, the message starts RecordNationalReportProcess, which needs the State.
        .keysTravelling();
  }
}

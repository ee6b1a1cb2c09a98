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
 * The reporting work's rows of the grants table: the secretariat starts the campaign and records
 * reports, and sends {@code NationalReportReceived} to a State's reminder cycle (the message names
 * its State by {@code stateCode} and carries the date and reference of the report).
 */
@Configuration(proxyBeanMethods = false)
class ReportingAuthorizations {

  @Bean
  ProcessGrants reportingGrants() {
    return () -> List.of(
        Grant.start(CommitteeGroups.SECRETARIAT, NonReportingStatesProcess.KEY),
        Grant.start(CommitteeGroups.SECRETARIAT, RecordNationalReportProcess.KEY),
        Grant.sendMessages(CommitteeGroups.SECRETARIAT, FirstReportReminderProcess.KEY));
  }

  @Bean
  ExternalMessage nationalReportReceived() {
    return ExternalMessage.byKeys(FirstReportReminderProcess.MESSAGE_REPORT_RECEIVED,
        List.of(FirstReportReminderProcess.STATE_CODE),
        Set.of(FirstReportReminderProcess.REPORT_RECEIVED_ON, FirstReportReminderProcess.REPORT_REFERENCE));
  }
}

package org.un.sc1540.workflow.routine;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.ProcessGrants;
import org.un.sc1540.workflow.security.ProcessGrants.Grant;

/**
 * The routine letters' row of the grants table: the secretariat, which prepares and sends them, and
 * the coordinators start a year's letters from Tasklist (the annual cycle calls them in March); the
 * secretariat works the review tasks (their candidate group).
 */
@Configuration(proxyBeanMethods = false)
class RoutineLettersAuthorizations {

  @Bean
  ProcessGrants routineLettersGrants() {
    return () -> List.of(Grant.start(CommitteeGroups.SECRETARIAT, RoutineLettersProcess.KEY),
        Grant.start(CommitteeGroups.COORDINATORS, RoutineLettersProcess.KEY),
        Grant.start(CommitteeGroups.SECRETARIAT, RoutineLettersProcess.REPLY_KEY));
  }
}

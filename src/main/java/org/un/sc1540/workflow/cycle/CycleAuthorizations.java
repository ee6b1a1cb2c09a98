package org.un.sc1540.workflow.cycle;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.ProcessGrants;
import org.un.sc1540.workflow.security.ProcessGrants.Grant;

/**
 * The annual cycle's rows of the grants table: coordinators start a year's cycle from Tasklist;
 * nobody starts its schedule (its timer does). Each step's task is worked by its candidate group.
 */
@Configuration(proxyBeanMethods = false)
class CycleAuthorizations {

  @Bean
  ProcessGrants cycleGrants() {
    return () -> List.of(Grant.start(CommitteeGroups.COORDINATORS, AnnualCycleProcess.KEY));
  }
}

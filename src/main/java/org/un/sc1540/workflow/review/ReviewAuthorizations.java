package org.un.sc1540.workflow.review;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.ProcessGrants;
import org.un.sc1540.workflow.security.ProcessGrants.Grant;

/**
 * The review's rows of the grants table: coordinators start a review and move its steps. The
 * review's own messages (a step moved, a step's prerequisites done) are sent by ReviewService as
 * the application, after it has checked who asked; nobody correlates them from outside.
 */
@Configuration(proxyBeanMethods = false)
class ReviewAuthorizations {

  @Bean
  ProcessGrants reviewGrants() {
    return () -> List.of(
        Grant.start(CommitteeGroups.COORDINATORS, ComprehensiveReviewProcess.KEY),
        Grant.start(CommitteeGroups.COORDINATORS, MoveReviewStepProcess.KEY),
        Grant.start(CommitteeGroups.COORDINATORS, MarkReviewStepNotNeededProcess.KEY));
  }
}

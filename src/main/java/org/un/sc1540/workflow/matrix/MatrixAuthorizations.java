package org.un.sc1540.workflow.matrix;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.un.sc1540.workflow.security.CommitteeGroups;
import org.un.sc1540.workflow.security.ExternalMessage;
import org.un.sc1540.workflow.security.ProcessGrants;
import org.un.sc1540.workflow.security.ProcessGrants.Grant;

/**
 * The matrix work's rows of the grants table: the secretariat starts a round and sends a State's
 * comments ({@code MatrixCommentsReceived}, by {@code stateCode} and {@code reviewYear}) to its
 * review or, after approval, to its late-comments window; coordinators extend a deadline by
 * starting the extension process. The States' reviews themselves are started by the round only.
 */
@Configuration(proxyBeanMethods = false)
class MatrixAuthorizations {

  @Bean
  ProcessGrants matrixGrants() {
    return () -> List.of(
        Grant.start(CommitteeGroups.SECRETARIAT, MatrixCirculation.PROCESS_KEY),
        Grant.start(CommitteeGroups.COORDINATORS, MatrixDeadlineExtension.PROCESS_KEY),
        Grant.sendMessages(CommitteeGroups.SECRETARIAT, StateMatrixReview.PROCESS_KEY),
        Grant.sendMessages(CommitteeGroups.SECRETARIAT, MatrixLateComments.PROCESS_KEY));
  }

  @Bean
  ExternalMessage matrixCommentsReceived() {
    return ExternalMessage.byKeys(StateMatrixReview.MESSAGE_COMMENTS_RECEIVED,
        List.of(StateMatrixReview.STATE_CODE, StateMatrixReview.REVIEW_YEAR),
        Set.of(StateMatrixReview.COMMENTS_RECEIVED_ON, StateMatrixReview.COMMENTS_REFERENCE));
  }
}

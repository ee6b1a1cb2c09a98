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
 * The matrix work's rows of the grants table. The secretariat starts a round, records a State's
 * comments (Tasklist: "Record a State's matrix comments"; REST: the message
 * {@code MatrixCommentsReceived}, by {@code stateCode} and {@code reviewYear}, which goes to the
 * State's review, its late-comments window, or, when neither waits, starts the recording
 * process); coordinators extend a deadline by starting the extension process. The States' reviews
 * and late-comments windows are started by the application only; {@code MatrixDeadlineExtended}
 * is the application's own message, sent after the extension was checked.
 */
@Configuration(proxyBeanMethods = false)
class MatrixAuthorizations {

  @Bean
  ProcessGrants matrixGrants() {
    return () -> List.of(
        Grant.start(CommitteeGroups.SECRETARIAT, MatrixCirculation.PROCESS_KEY),
        Grant.start(CommitteeGroups.SECRETARIAT, MatrixCommentsRecording.PROCESS_KEY),
        Grant.start(CommitteeGroups.COORDINATORS, MatrixDeadlineExtension.PROCESS_KEY),
        Grant.sendMessages(CommitteeGroups.SECRETARIAT, StateMatrixReview.PROCESS_KEY),
        Grant.sendMessages(CommitteeGroups.SECRETARIAT, MatrixLateComments.PROCESS_KEY));
  }

  /** Its keys travel: when no review waits, the message starts the recording process, which needs them. */
  @Bean
  ExternalMessage matrixCommentsReceived() {
    return ExternalMessage.byKeys(StateMatrixReview.MESSAGE_COMMENTS_RECEIVED,
        List.of(StateMatrixReview.STATE_CODE, StateMatrixReview.REVIEW_YEAR),
        Set.of(StateMatrixReview.COMMENTS_RECEIVED_ON, StateMatrixReview.COMMENTS_REFERENCE)).keysTravelling();
  }
}

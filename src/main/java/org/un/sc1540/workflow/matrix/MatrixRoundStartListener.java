package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of a round: checks the start variables, applies their defaults, sets the business key
 * {@code MATRIX-<year>} and opens the round, or refuses the start with a message for Tasklist and
 * a 400 for REST (a second round for a year while one runs, unknown States, a past deadline).
 */
@Component
public class MatrixRoundStartListener implements ExecutionListener {

  private final MatrixRoundService rounds;
  private final MatrixProperties properties;
  private final IdentityService identityService;

  MatrixRoundStartListener(MatrixRoundService rounds, MatrixProperties properties, IdentityService identityService) {
    this.rounds = rounds;
    this.properties = properties;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MatrixRoundService.RoundStart start = rounds.check(execution.getVariable(MatrixCirculation.REVIEW_YEAR),
        execution.getVariable(MatrixCirculation.COMMENT_DEADLINE), execution.getVariable(MatrixCirculation.STATE_CODES));
    String businessKey = MatrixCirculation.businessKey(start.reviewYear());
    String given = execution.getProcessBusinessKey();
    if (given != null && !given.isBlank() && !given.equals(businessKey)) {
      throw new BadUserRequestException("The business key of the " + start.reviewYear() + " round is " + businessKey
          + ", not '" + given + "'; leave it empty");
    }
    execution.setProcessBusinessKey(businessKey);
    Authentication user = identityService.getCurrentAuthentication();
    rounds.open(execution.getProcessInstanceId(), start, user == null ? null : user.getUserId());

    execution.setVariable(MatrixCirculation.REVIEW_YEAR, start.reviewYear());
    execution.setVariable(MatrixCirculation.COMMENT_DEADLINE, start.commentDeadline().toString());
    execution.setVariable(MatrixCirculation.STATE_CODES, MatrixInput.json(start.stateCodes()));
    execution.setVariable(MatrixCirculation.STATE_COUNT, start.stateCodes().size());
    Object policy = execution.getVariable(MatrixCirculation.NO_REPLY_POLICY);
    execution.setVariable(MatrixCirculation.NO_REPLY_POLICY, policy(policy).name());
  }

  private MatrixProperties.NoReplyPolicy policy(Object value) {
    if (value == null || value.toString().isBlank()) {
      return properties.noReplyPolicy();
    }
    try {
      return MatrixProperties.NoReplyPolicy.valueOf(value.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("noReplyPolicy '" + value + "' is not one of COMMITTEE_APPROVAL, TACIT_APPROVAL");
    }
  }
}

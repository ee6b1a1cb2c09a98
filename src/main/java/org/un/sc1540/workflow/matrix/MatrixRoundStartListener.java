package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.input.Vars;

/**
 * Start of a round: reads the start variables, has the service check them and open the round
 * (or refuse: a second round for a year while one runs, unknown States, a past deadline, no States
 * without the confirmation), sets the business key {@code MATRIX-<year>}, and keeps only the year
 * on the instance: the States, deadline and policy are in {@code matrix_round}.
 */
@Component
public class MatrixRoundStartListener implements ExecutionListener {

  private final MatrixRoundService rounds;

  MatrixRoundStartListener(MatrixRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    MatrixRoundService.RoundStart start = rounds.check(
        vars.year(MatrixCirculation.REVIEW_YEAR),
        vars.optionalDate(MatrixCirculation.COMMENT_DEADLINE),
        vars.stateCodes(MatrixCirculation.STATE_CODES),
        vars.has(MatrixCirculation.ALL_STATES) ? vars.flag(MatrixCirculation.ALL_STATES) : null,
        vars.has(MatrixCirculation.NO_REPLY_POLICY)
            ? vars.choice(MatrixCirculation.NO_REPLY_POLICY, MatrixProperties.NoReplyPolicy.class) : null);
    String businessKey = MatrixCirculation.businessKey(start.reviewYear());
    String given = execution.getProcessBusinessKey();
    if (given != null && !given.isBlank() && !given.equals(businessKey)) {
      throw Refused.badRequest("The business key of the " + start.reviewYear() + " round is " + businessKey
          + ", not '" + given + "'; leave it empty");
    }
    execution.setProcessBusinessKey(businessKey);
    rounds.open(execution.getProcessInstanceId(), start);
    execution.setVariable(MatrixCirculation.REVIEW_YEAR, start.reviewYear());
    execution.removeVariable(MatrixCirculation.COMMENT_DEADLINE);
    execution.removeVariable(MatrixCirculation.STATE_CODES);
    execution.removeVariable(MatrixCirculation.NO_REPLY_POLICY);
    execution.removeVariable(MatrixCirculation.ALL_STATES);
  }
}

package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the round summary on the round, where the posting task's form shows it. */
@Component
public class SummarizeMatrixRoundDelegate implements JavaDelegate {

  private final MatrixRoundService rounds;

  SummarizeMatrixRoundDelegate(MatrixRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RoundSummary summary = rounds.summary(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("Round " + execution.getProcessInstanceId() + " is not registered"));
    execution.setVariable(MatrixCirculation.ROUND_SUMMARY, summary.text());
    execution.setVariable(MatrixCirculation.STATES_SENT, summary.sent());
    execution.setVariable(MatrixCirculation.REPLIED_ON_TIME, summary.repliedOnTime());
    execution.setVariable(MatrixCirculation.REPLIED_LATE, summary.repliedLate());
    execution.setVariable(MatrixCirculation.NO_REPLY, summary.noReply());
    execution.setVariable(MatrixCirculation.APPROVED, summary.approved());
    execution.setVariable(MatrixCirculation.STILL_OPEN, summary.stillOpen());
    execution.setVariable(MatrixCirculation.COMMENTS_AFTER_APPROVAL, summary.commentsAfterApprovalCount());
  }
}

package org.un.sc1540.workflow.matrix;

import java.util.List;

/**
 * Where a circulation round stands: how many States were sent their matrix, answered on time,
 * late or not at all, how many matrices are approved and how many States' reviews are still open.
 */
public record RoundSummary(MatrixRound round, List<StateMatrixStatus> states, List<LateMatrixComment> commentsAfterApproval) {

  public int stateCount() {
    return states.size();
  }

  public int sent() {
    return (int) states.stream().filter(s -> s.sentOn() != null).count();
  }

  public int repliedOnTime() {
    return count(StateMatrixStatus.Reply.ON_TIME);
  }

  public int repliedLate() {
    return count(StateMatrixStatus.Reply.LATE);
  }

  public int noReply() {
    return count(StateMatrixStatus.Reply.NONE);
  }

  public int approved() {
    return (int) states.stream().filter(s -> s.approvedOn() != null).count();
  }

  /** Approved matrices posted on the website (with the round's June posting, or each on its own after it). */
  public int posted() {
    return (int) states.stream().filter(s -> s.postedOn() != null).count();
  }

  /** States whose matrix was not approved at the round's June posting (each posted when approved). */
  public int carried() {
    return (int) states.stream().filter(StateMatrixStatus::carried).count();
  }

  public int stillOpen() {
    return (int) states.stream().filter(StateMatrixStatus::open).count();
  }

  public int commentsAfterApprovalCount() {
    return commentsAfterApproval.size();
  }

  private int count(StateMatrixStatus.Reply reply) {
    return (int) states.stream().filter(s -> s.reply() == reply).count();
  }

  /** The summary in a few lines, as the posting task's form shows it. */
  public String text() {
    return "Matrix circulation " + round.reviewYear() + " (comments due " + round.commentDeadline() + "):\n"
        + "States in the round: " + stateCount() + "\n"
        + "Matrices sent: " + sent() + "\n"
        + "Replied on time: " + repliedOnTime() + "\n"
        + "Replied late: " + repliedLate() + "\n"
        + "No reply: " + noReply() + "\n"
        + "Approved: " + approved() + "\n"
        + "Posted: " + posted() + (round.posted() ? " (June posting " + round.postedOn() + ", " + carried()
            + " carried)" : "") + "\n"
        + "Still open: " + stillOpen() + "\n"
        + "Comments after approval, kept for the next round: " + commentsAfterApprovalCount();
  }
}

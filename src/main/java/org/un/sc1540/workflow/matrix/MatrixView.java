package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Vars;
import org.un.sc1540.workflow.notification.FreeTextPlacement;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.web.InertText;

/**
 * What the matrix tasks' forms and the matrix letters show, read from the tables when the task is
 * created or the letter is sent, through the tasks' input parameters
 * ({@code ${matrixView.prepareAbout(execution)}}): so what a form shows is current, and it vanishes
 * with the task instead of staying on the instance. Texts are Markdown (the forms' text components
 * render it); what comes from data is escaped, so a name or a reference cannot become a link or markup.
 */
@Component
public class MatrixView {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final MatrixReviewService reviews;
  private final MatrixCommentsService comments;
  private final MatrixRoundService rounds;
  private final RegistryService registry;

  MatrixView(MatrixReviewService reviews, MatrixCommentsService comments, MatrixRoundService rounds,
      RegistryService registry) {
    this.reviews = reviews;
    this.comments = comments;
    this.rounds = rounds;
    this.registry = registry;
  }

  /** "France (FRA)". */
  public String stateLabel(String stateCode) {
    MemberState state = registry.state(stateCode);
    return state.name() + " (" + state.code() + ")";
  }

  /** A day as the Committee's forms write it: "29 May 2027". */
  public static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  // Forms

  public String prepareAbout(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    MemberState state = registry.state(review.stateCode());
    StringBuilder text = new StringBuilder()
        .append("### Updated matrix — ").append(md(stateLabel(review.stateCode()))).append(", ")
        .append(review.reviewYear()).append(" round\n\n")
        .append("Comments are due by **").append(day(review.commentDeadline()))
        .append("** (end of the day, New York time). When you complete this task, the covering note verbale goes ")
        .append("out in the State's language, **").append(state.language().locale().getDisplayLanguage(Locale.ENGLISH))
        .append("**, with the link and the changes you describe.\n");
    List<MatrixComment> early = comments.comments(review.processInstanceId()).stream()
        .filter(c -> !c.takenUp()).toList();
    if (!early.isEmpty()) {
      text.append("\n**Comments already received** (reviewed once the matrix is sent):\n\n");
      early.forEach(c -> text.append("- received ").append(day(c.receivedOn())).append(reference(c.reference()))
          .append('\n'));
    }
    String earlier = reviews.earlierLateComments(review.stateCode(), review.reviewYear());
    if (earlier != null) {
      text.append("\n**Comments received after the approval of an earlier matrix, for this round:**\n\n");
      earlier.lines().forEach(line -> text.append("- ").append(md(line)).append('\n'));
    }
    return text.toString();
  }

  public String reviewAbout(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    StringBuilder text = new StringBuilder()
        .append("### Comments of ").append(md(stateLabel(review.stateCode()))).append(" on matrix ")
        .append(md(review.matrixReference())).append(" (").append(review.reviewYear()).append(" round)\n\n")
        .append("Version ").append(md(review.matrixVersion())).append(": ").append(link(review.matrixUrl()))
        .append("\n\n");
    List<MatrixComment> all = comments.comments(review.processInstanceId());
    if (all.isEmpty()) {
      text.append("No comments were received: the Committee asked for a revision.\n");
    } else {
      text.append("| Received | Kept at | |\n|---|---|---|\n");
      for (MatrixComment c : all) {
        text.append("| ").append(day(c.receivedOn())).append(" | ").append(md(c.reference() == null ? "" : c.reference()))
            .append(" | ").append(c.late() == null ? "new" : Boolean.TRUE.equals(c.late())
                ? "after the deadline (" + day(c.deadline()) + ")" : "on time")
            .append(Boolean.TRUE.equals(c.onConsultation()) ? ", on a consultation" : "").append(" |\n");
      }
    }
    if (review.commentsLate()) {
      text.append("\n**The State's first comments came after the deadline (").append(day(review.commentDeadline()))
          .append(").** They are reviewed like timely ones; the round summary counts the State as replied late.\n");
    }
    return text.toString();
  }

  public String approveAbout(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    StringBuilder text = new StringBuilder()
        .append("### Committee's decision on the matrix of ").append(md(stateLabel(review.stateCode())))
        .append(" (").append(review.reviewYear()).append(" round)\n\n")
        .append("Matrix ").append(md(review.matrixReference())).append(", version ").append(md(review.matrixVersion()))
        .append(": ").append(link(review.matrixUrl())).append("\n\n")
        .append("Comment deadline: ").append(day(review.commentDeadline())).append(". ");
    if (review.commentsReceivedOn() != null) {
      text.append("Comments received on ").append(day(review.commentsReceivedOn()))
          .append(review.commentsLate() ? " (late)" : "").append('.');
    } else if (review.noReply()) {
      text.append("No comments by the deadline: the matrix is considered as circulated.");
    }
    if (review.consultations() > 0) {
      text.append(" Consulted again ").append(review.consultations() == 1 ? "once" : review.consultations() + " times")
          .append('.');
    }
    return text.append('\n').toString();
  }

  public String fixAddressAbout(DelegateExecution execution) {
    String code = Vars.of(execution).stateCode(StateMatrixReview.STATE_CODE);
    return "### No valid address for the Permanent Mission of " + md(stateLabel(code)) + "\n\n"
        + "The registry has no valid e-mail address of the State's Permanent Mission, so the matrix letter could not "
        + "be sent. Import the Mission's current address (Committee home page, contacts CSV), then complete this task: "
        + "the letter is sent again.";
  }

  public String postAbout(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    MatrixRound round = rounds.round(review.roundProcessInstanceId());
    return "### Post the approved matrix of " + md(stateLabel(review.stateCode())) + " (" + review.reviewYear()
        + " round)\n\n"
        + "The Committee approved it on " + day(review.approvedOn()) + ", after the round's approved matrices were "
        + "posted on " + day(round.postedOn()) + ". Matrix " + md(review.matrixReference()) + ", version "
        + md(review.matrixVersion()) + ": " + link(review.matrixUrl()) + "\n";
  }

  /** The round's summary for the June posting. */
  public String roundAbout(DelegateExecution execution) {
    RoundSummary summary = rounds.summary(execution.getProcessInstanceId()).orElseThrow();
    List<String> carried = summary.states().stream().filter(s -> !s.approved())
        .map(s -> md(stateLabel(s.stateCode())) + ": " + s.stage().words()).toList();
    StringBuilder text = new StringBuilder()
        .append("### Matrix circulation ").append(summary.round().reviewYear())
        .append(": the Committee considers the revised matrices and posts the approved ones\n\n")
        .append("| | States |\n|---|---|\n")
        .append("| In the round | ").append(summary.stateCount()).append(" |\n")
        .append("| Matrices sent | ").append(summary.sent()).append(" |\n")
        .append("| Replied on time | ").append(summary.repliedOnTime()).append(" |\n")
        .append("| Replied late | ").append(summary.repliedLate()).append(" |\n")
        .append("| No reply | ").append(summary.noReply()).append(" |\n")
        .append("| Approved: posted now | ").append(summary.approved()).append(" |\n")
        .append("| Not approved yet: carried, each posted when approved | ").append(carried.size()).append(" |\n")
        .append("| Comments after approval (kept for the next round) | ")
        .append(summary.commentsAfterApprovalCount()).append(" |\n");
    if (!carried.isEmpty()) {
      text.append("\n**Carried:** ").append(String.join("; ", carried)).append('\n');
    }
    return text.append("\nPer State: /committee/matrix/").append(summary.round().reviewYear()).append('\n').toString();
  }

  /** The Tasklist recording's outcome, in words. */
  public String recordingOutcome(DelegateExecution execution) {
    Vars vars = Vars.of(execution);
    long id = vars.integer(MatrixCommentsRecording.RECORDED_ID, 0, Integer.MAX_VALUE);
    MatrixCommentsService.Recorded recorded = vars.choice(MatrixCommentsRecording.RECORDED_AS,
        MatrixCommentsService.Recorded.class);
    String state = md(stateLabel(vars.stateCode(MatrixCommentsRecording.STATE_CODE)));
    int year = vars.year(MatrixCommentsRecording.REVIEW_YEAR);
    if (recorded == MatrixCommentsService.Recorded.AFTER_APPROVAL) {
      LateMatrixComment late = comments.lateComment(id).orElseThrow();
      return "### Comments of " + state + " recorded after the approval of its " + year + " matrix\n\n"
          + "Received " + day(late.receivedOn()) + reference(late.reference()) + ". The matrix was already approved, so "
          + "the comments are kept for the next round: the experts see them when they prepare the State's next matrix.";
    }
    MatrixComment comment = comments.comment(id).orElseThrow();
    StringBuilder text = new StringBuilder("### Comments of ").append(state).append(" recorded for the ")
        .append(year).append(" round\n\nReceived ").append(day(comment.receivedOn()))
        .append(reference(comment.reference())).append(".\n\n");
    if (recorded == MatrixCommentsService.Recorded.BEFORE_REVIEW) {
      text.append("The State's review has not started yet; it takes the comments up when it starts.");
    } else {
      StateMatrixStatus review = reviews.review(comment.reviewProcessInstanceId());
      if (comment.takenUp()) {
        text.append("Taken up by the experts' review: ")
            .append(Boolean.TRUE.equals(comment.late()) ? "after the deadline (" + day(comment.deadline()) + ")"
                : "on time (deadline " + day(comment.deadline()) + ")").append('.');
      } else {
        text.append("The State's matrix is ").append(review.stage().words())
            .append(": the experts review the comments as soon as the review gets to them (on time or late by ")
            .append("their own date; the deadline now is ").append(day(review.commentDeadline())).append(").");
      }
    }
    return text.toString();
  }

  // Prefilled fields

  public String suggestedReference(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    return review.matrixReference() != null ? review.matrixReference()
        : StateMatrixReview.businessKey(review.reviewYear(), review.stateCode());
  }

  public String suggestedVersion(DelegateExecution execution) {
    StateMatrixStatus review = review(execution);
    return review.matrixVersion() != null ? review.matrixVersion() : review.reviewYear() + ".1";
  }

  public String currentUrl(DelegateExecution execution) {
    return review(execution).matrixUrl();
  }

  // Letters (input parameters of the send tasks)

  public String matrixReference(DelegateExecution execution) {
    return review(execution).matrixReference();
  }

  public String matrixVersion(DelegateExecution execution) {
    return review(execution).matrixVersion();
  }

  public String matrixUrl(DelegateExecution execution) {
    return review(execution).matrixUrl();
  }

  public String changesSummary(DelegateExecution execution) {
    return review(execution).changesSummary();
  }

  /** INLINE or ANNEX, as decided when the matrix was prepared; null lets the composer decide (older reviews). */
  public String changesSummaryPlacement(DelegateExecution execution) {
    FreeTextPlacement placement = reviews.changesPlacement(execution.getProcessInstanceId());
    return placement == null ? null : placement.name();
  }

  /** The deadline in force, as an ISO date (the letters write it out in their language). */
  public String commentDeadline(DelegateExecution execution) {
    return review(execution).commentDeadline().toString();
  }

  public String coveringSymbol(DelegateExecution execution) {
    return review(execution).coveringSymbol();
  }

  public String coveringDate(DelegateExecution execution) {
    LocalDate sent = review(execution).sentOn();
    return sent == null ? null : sent.toString();
  }

  /** The n-th consultation letter of the review, so that each is its own letter in the register. */
  public int consultationNumber(DelegateExecution execution) {
    return review(execution).consultations() + 1;
  }

  private StateMatrixStatus review(DelegateExecution execution) {
    return reviews.review(execution.getProcessInstanceId());
  }

  private static String reference(String reference) {
    return reference == null ? "" : ", kept at " + (Inputs.isWebLink(reference) ? "<" + reference + ">" : md(reference));
  }

  /** A checked web link as a Markdown autolink; anything else as plain text. */
  private static String link(String url) {
    if (url == null) {
      return "";
    }
    return Inputs.isWebLink(url) ? "<" + url + ">" : md(url);
  }

  /** Text from data made inert for the form's Markdown ({@link InertText}); empty for null. */
  static String md(String text) {
    return text == null ? "" : InertText.forMarkdown(text);
  }
}

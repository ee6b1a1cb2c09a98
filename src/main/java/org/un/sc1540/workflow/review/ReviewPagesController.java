package org.un.sc1540.workflow.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.un.sc1540.workflow.matrix.MatrixRoundService;
import org.un.sc1540.workflow.security.CommitteeAccess;

/**
 * The Committee's pages of the comprehensive review: the reviews there are, and where every step of
 * one stands, by working group and month, with a link to the review's instance in Cockpit while it
 * runs. They read what {@code GET /api/review/{year}/status} answers ({@link ReviewService#status}).
 */
@Controller
class ReviewPagesController {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final ReviewService reviews;
  private final ReviewRepository repository;
  private final MatrixRoundService matrixRounds;
  private final RuntimeService runtimeService;
  private final CommitteeAccess access;

  ReviewPagesController(ReviewService reviews, ReviewRepository repository, MatrixRoundService matrixRounds,
      RuntimeService runtimeService, CommitteeAccess access) {
    this.reviews = reviews;
    this.repository = repository;
    this.matrixRounds = matrixRounds;
    this.runtimeService = runtimeService;
    this.access = access;
  }

  /** One review in the list. */
  record ReviewRow(int year, String businessKey, String status, String reportDue, String startedBy) {}

  /** One step as the page shows it: dates in words, its state in words, its outcome in one line. */
  record StepRow(String stepId, String label, String month, String released, String due, String state,
      boolean overdue, String waitsFor, String outcome) {}

  /** The steps of one working group (or the Committee), in the order of their months. */
  record GroupRows(String title, String groupId, List<StepRow> steps) {}

  record ChangeRow(String stepId, String from, String to, String reason, String changedBy, String changedAt) {}

  @GetMapping("/committee/review")
  String reviewsPage(Model model) {
    List<ReviewRow> rows = repository.findAll().stream()
        .map(r -> new ReviewRow(r.reviewYear(), ComprehensiveReviewProcess.businessKey(r.reviewYear()),
            words(r.status().name()), day(r.reportDueDate()), r.startedBy()))
        .toList();
    model.addAttribute("reviews", rows);
    return "reviews";
  }

  @GetMapping("/committee/review/{year}")
  String reviewPage(@PathVariable String year, Model model) {
    int reviewYear = knownYear(year);
    ReviewStatus status = reviews.status(reviewYear);
    // Cockpit shows running instances; whether this one still runs is the engine's to say.
    boolean running = status.processInstanceId() != null && access.asApplication(() -> runtimeService
        .createProcessInstanceQuery().processInstanceId(status.processInstanceId()).count() > 0);
    model.addAttribute("year", reviewYear);
    model.addAttribute("businessKey", status.businessKey());
    model.addAttribute("status", running ? "running" : words(status.status()));
    model.addAttribute("runningInstance", running ? status.processInstanceId() : null);
    model.addAttribute("reportDue", day(status.reportDueDate()));
    model.addAttribute("precedesMandateRenewal", status.precedesMandateRenewal());
    model.addAttribute("asOf", moment(status.asOf()));
    model.addAttribute("stepCount", status.steps().size());
    model.addAttribute("stepsDone", status.stepsDone());
    model.addAttribute("stepsOverdue", status.stepsOverdue());
    model.addAttribute("groups", groups(status));
    model.addAttribute("stepInstances", running ? reviews.runningSteps(reviewYear) : Map.of());
    // The round starts in March; before that its page does not exist and is not linked.
    model.addAttribute("matrixRound", matrixRounds.hasRound(reviewYear));
    model.addAttribute("changes", status.changes().stream()
        .map(c -> new ChangeRow(c.stepId(), ReviewCalendar.monthName(c.fromMonth()),
            ReviewCalendar.monthName(c.toMonth()), c.reason(), c.changedBy(), moment(c.changedAt())))
        .toList());
    return "review";
  }

  /** A year with a review, or the Committee's 404 page (also for what is not a year at all). */
  private int knownYear(String year) {
    int reviewYear;
    try {
      reviewYear = Integer.parseInt(year);
    } catch (NumberFormatException notAYear) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (repository.findReview(reviewYear).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return reviewYear;
  }

  private static List<GroupRows> groups(ReviewStatus status) {
    Map<String, String> labels = new LinkedHashMap<>();
    status.steps().forEach(s -> labels.put(s.stepId(), s.label()));
    Map<String, List<ReviewStatus.Step>> byGroup = new LinkedHashMap<>();
    for (WorkingGroup group : WorkingGroup.values()) {
      byGroup.put(group.groupId(), new ArrayList<>());
    }
    status.steps().forEach(s -> byGroup.computeIfAbsent(s.workingGroup(), g -> new ArrayList<>()).add(s));
    List<GroupRows> groups = new ArrayList<>();
    byGroup.forEach((groupId, steps) -> {
      if (steps.isEmpty()) {
        return;
      }
      String title = steps.get(0).workingGroupTitle();
      List<StepRow> rows = steps.stream()
          .sorted(Comparator.comparingInt(ReviewStatus.Step::month))
          .map(s -> new StepRow(s.stepId(), s.label(), ReviewCalendar.monthName(s.month())
              + (s.month() != s.scheduleMonth() ? " (moved from " + ReviewCalendar.monthName(s.scheduleMonth()) + ")" : ""),
              day(s.releasedAt() != null ? s.releasedAt() : s.releaseDate()), day(s.dueDate()), state(s),
              s.overdue(), String.join(", ", s.waitsFor().stream().map(id -> labels.getOrDefault(id, id)).toList()),
              outcome(s)))
          .toList();
      groups.add(new GroupRows(title, groupId, rows));
    });
    return groups;
  }

  private static String state(ReviewStatus.Step step) {
    String words = switch (step.state()) {
      case WAITING_FOR_MONTH -> "not yet released";
      case WAITING_FOR_PREREQUISITES -> "released, waits for earlier steps";
      case IN_PROGRESS -> "in progress";
      case DONE -> "done";
      default -> words(step.state().name());
    };
    return step.overdue() ? words + ", overdue" : words;
  }

  /** "Done on 3 March 2027 by wg1; decision: adopted; document S/2027/1; outcome dated 2 March 2027". */
  private static String outcome(ReviewStatus.Step step) {
    if (!step.done()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    String done = "done on " + day(step.completedAt());
    parts.add(step.completedBy() == null ? done : done + " by " + step.completedBy());
    if (step.decision() != null && !step.decision().isBlank()) {
      parts.add("decision: " + step.decision().strip());
    }
    if (step.documentReference() != null && !step.documentReference().isBlank()) {
      parts.add("document " + step.documentReference());
    }
    if (step.outcomeDate() != null) {
      parts.add("dated " + day(step.outcomeDate()));
    }
    String text = String.join("; ", parts);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  private static String day(OffsetDateTime time) {
    return time == null ? "" : DAY.format(time);
  }

  private static String moment(OffsetDateTime time) {
    return time == null ? "" : DAY.format(time) + ", " + String.format(Locale.ROOT, "%02d:%02d", time.getHour(),
        time.getMinute()) + " New York";
  }

  /** RUNNING as "running", ADOPT_REPORT as "adopt report". */
  private static String words(String constant) {
    return constant == null ? "" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

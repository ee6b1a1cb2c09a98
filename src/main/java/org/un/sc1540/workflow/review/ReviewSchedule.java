package org.un.sc1540.workflow.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The schedule every review starts from: the rows of the ReviewSchedule decision table deployed
 * with the models, checked as a whole so that an edit that would strand a review (a step waiting
 * for a step that does not exist, two steps waiting for each other, a call in the wrong track) is
 * refused when a review starts, with every problem named, rather than found in August.
 */
@Component
class ReviewSchedule {

  static final String OUT_STEP_ID = "stepId";
  static final String OUT_MONTH = "month";
  static final String OUT_GROUP = "workingGroup";
  static final String OUT_KIND = "kind";
  static final String OUT_DUE = "due";
  static final String OUT_WAITS_FOR = "waitsFor";
  static final String OUT_LABEL = "label";
  static final String OUT_ANNEX_ITEM = "annexItem";
  static final String OUT_IF_NECESSARY = "ifNecessary";
  /** Input of the decision: the review's year is one of an NPT Review Conference. */
  static final String IN_NPT_YEAR = "nptReviewConferenceYear";

  private static final Pattern STEP_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;

  ReviewSchedule(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  /** The schedule's rows for a review, from the latest version of the decision, and that version. */
  record Schedule(int version, List<ScheduledStep> steps) {}

  Schedule forReview(boolean precedesMandateRenewal, boolean nptReviewConferenceYear) {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(ComprehensiveReviewProcess.SCHEDULE_DECISION).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("The review schedule (decision " + ComprehensiveReviewProcess.SCHEDULE_DECISION
          + ", bpmn/ReviewSchedule.dmn) is not deployed");
    }
    DmnDecisionResult result = decisionService.evaluateDecisionById(definition.getId())
        .variables(Variables.createVariables()
            .putValue(ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL, precedesMandateRenewal)
            .putValue(IN_NPT_YEAR, nptReviewConferenceYear))
        .evaluate();
    List<String> problems = new ArrayList<>();
    List<ScheduledStep> steps = new ArrayList<>();
    int row = 0;
    for (DmnDecisionResultEntries entries : result) {
      row++;
      ScheduledStep step = step(row, entries, problems);
      if (step != null) {
        steps.add(step);
      }
    }
    problems.addAll(problems(steps));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The review schedule (bpmn/ReviewSchedule.dmn, version " + definition.getVersion()
          + ") cannot be used: " + String.join("; ", problems));
    }
    return new Schedule(definition.getVersion(), steps);
  }

  private static ScheduledStep step(int row, DmnDecisionResultEntries entries, List<String> problems) {
    String stepId = text(entries.getEntry(OUT_STEP_ID));
    String where = "row " + row + " (" + (stepId.isEmpty() ? "no step id" : stepId) + ")";
    Object month = entries.getEntry(OUT_MONTH);
    WorkingGroup group = WorkingGroup.ofGroupId(text(entries.getEntry(OUT_GROUP))).orElse(null);
    StepKind kind = constant(StepKind.class, text(entries.getEntry(OUT_KIND)));
    DueRule due = constant(DueRule.class, text(entries.getEntry(OUT_DUE)));
    String label = text(entries.getEntry(OUT_LABEL));
    int before = problems.size();
    if (!STEP_ID.matcher(stepId).matches()) {
      problems.add(where + ": the step id must be upper-case letters, digits and underscores");
    }
    if (!(month instanceof Number number) || number.intValue() < 1 || number.intValue() > 12) {
      problems.add(where + ": month must be 1 to 12, not " + month);
    }
    if (group == null) {
      problems.add(where + ": working group '" + text(entries.getEntry(OUT_GROUP)) + "' is not one of "
          + Arrays.stream(WorkingGroup.values()).map(WorkingGroup::groupId).toList());
    }
    if (kind == null) {
      problems.add(where + ": kind '" + text(entries.getEntry(OUT_KIND)) + "' is not one of "
          + Arrays.toString(StepKind.values()));
    }
    if (due == null) {
      problems.add(where + ": due '" + text(entries.getEntry(OUT_DUE)) + "' is not one of "
          + Arrays.toString(DueRule.values()));
    }
    if (label.isEmpty()) {
      problems.add(where + ": no label");
    }
    if (problems.size() > before) {
      return null;
    }
    List<String> waitsFor = Arrays.stream(text(entries.getEntry(OUT_WAITS_FOR)).split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new ScheduledStep(stepId, label, text(entries.getEntry(OUT_ANNEX_ITEM)), ((Number) month).intValue(),
        group, kind, due, waitsFor, Boolean.TRUE.equals(entries.getEntry(OUT_IF_NECESSARY)));
  }

  /** What makes a set of rows unusable as a whole. */
  static List<String> problems(List<ScheduledStep> steps) {
    List<String> problems = new ArrayList<>();
    Map<String, ScheduledStep> byId = new LinkedHashMap<>();
    for (ScheduledStep step : steps) {
      if (byId.putIfAbsent(step.stepId(), step) != null) {
        problems.add("step id " + step.stepId() + " is used twice");
      }
    }
    Map<StepKind, Integer> callCount = new EnumMap<>(StepKind.class);
    Map<WorkingGroup, Integer> conclusionsCount = new EnumMap<>(WorkingGroup.class);
    for (ScheduledStep step : steps) {
      if (step.kind().isCall() || step.kind().isDoneByMatrixRound()) {
        callCount.merge(step.kind(), 1, Integer::sum);
        if (step.kind().isCall() && step.group() != WorkingGroup.IMPLEMENTATION) {
          problems.add(step.stepId() + ": a " + step.kind() + " step belongs to " + WorkingGroup.IMPLEMENTATION.groupId()
              + ", whose track calls the other processes");
        }
      }
      if (step.kind() == StepKind.CONCLUSIONS) {
        conclusionsCount.merge(step.group(), 1, Integer::sum);
        if (!step.group().isWorkingGroup()) {
          problems.add(step.stepId() + ": conclusions are drawn by one of the four working groups, not by "
              + step.group().groupId());
        }
      }
      if (step.kind() == StepKind.REPORT && step.group() != WorkingGroup.COMMITTEE) {
        problems.add(step.stepId() + ": the report steps belong to " + WorkingGroup.COMMITTEE.groupId());
      }
      for (String prerequisite : step.waitsFor()) {
        if (!byId.containsKey(prerequisite)) {
          problems.add(step.stepId() + " waits for " + prerequisite + ", which is not a step of this review");
        }
      }
    }
    callCount.forEach((kind, count) -> {
      if (count > 1) {
        problems.add(count + " steps of kind " + kind + "; a review has at most one");
      }
    });
    conclusionsCount.forEach((group, count) -> {
      if (count > 1) {
        problems.add(group.groupId() + " has " + count + " conclusions steps; the report shows one per area");
      }
    });
    String cycle = cycle(byId);
    if (cycle != null) {
      problems.add("steps wait for each other, so none of them would ever start: " + cycle);
    }
    return problems;
  }

  private static String cycle(Map<String, ScheduledStep> byId) {
    Map<String, Integer> state = new HashMap<>();
    for (String id : byId.keySet()) {
      List<String> path = new ArrayList<>();
      String found = visit(id, byId, state, path);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Depth-first search; state 1 = on the current path, 2 = done. */
  private static String visit(String id, Map<String, ScheduledStep> byId, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(id);
    if (seen != null) {
      if (seen == 1) {
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
        loop.add(id);
        return String.join(" -> ", loop);
      }
      return null;
    }
    state.put(id, 1);
    path.add(id);
    ScheduledStep step = byId.get(id);
    for (String prerequisite : step == null ? List.<String>of() : step.waitsFor()) {
      if (byId.containsKey(prerequisite)) {
        String found = visit(prerequisite, byId, state, path);
        if (found != null) {
          return found;
        }
      }
    }
    path.remove(path.size() - 1);
    state.put(id, 2);
    return null;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    Set<String> names = new HashSet<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return names.contains(name) ? Enum.valueOf(type, name) : null;
  }
}

package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schedule in bpmn/ReviewSchedule.dmn, read by the DMN engine alone: every Annex II item at its
 * month and with its group, rows the review can use, and the rules that refuse rows it cannot.
 */
class ReviewScheduleTest {

  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("bpmn/ReviewSchedule.dmn"))) {
      decision = engine.parseDecision(ComprehensiveReviewProcess.SCHEDULE_DECISION, in);
    }
  }

  private static List<ScheduledStep> rows(boolean precedesMandateRenewal, boolean nptReviewConferenceYear) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    List<ScheduledStep> steps = new ArrayList<>();
    for (DmnDecisionResultEntries row : engine.evaluateDecision(decision, Variables.createVariables()
        .putValue(ComprehensiveReviewProcess.PRECEDES_MANDATE_RENEWAL, precedesMandateRenewal)
        .putValue(ReviewSchedule.IN_NPT_YEAR, nptReviewConferenceYear))) {
      String waits = row.getEntry(ReviewSchedule.OUT_WAITS_FOR);
      steps.add(new ScheduledStep(row.getEntry(ReviewSchedule.OUT_STEP_ID), row.getEntry(ReviewSchedule.OUT_LABEL),
          row.getEntry(ReviewSchedule.OUT_ANNEX_ITEM), ((Number) row.getEntry(ReviewSchedule.OUT_MONTH)).intValue(),
          WorkingGroup.ofGroupId(row.getEntry(ReviewSchedule.OUT_GROUP)).orElseThrow(),
          StepKind.valueOf(row.getEntry(ReviewSchedule.OUT_KIND)), DueRule.valueOf(row.getEntry(ReviewSchedule.OUT_DUE)),
          waits.isBlank() ? List.of() : List.of(waits.split(",")),
          Boolean.TRUE.equals(row.getEntry(ReviewSchedule.OUT_IF_NECESSARY))));
    }
    return steps;
  }

  @Test
  void theScheduleHas36StepsOneMoreInAnNptYearAndThreeMoreBeforeTheMandatesRenewal() {
    assertThat(rows(false, false)).hasSize(36).extracting(ScheduledStep::stepId).doesNotContain("MAY_NPT_MEETING");
    assertThat(rows(false, true)).hasSize(37).extracting(ScheduledStep::stepId).contains("MAY_NPT_MEETING");
    assertThat(rows(true, false)).hasSize(39);
    assertThat(rows(true, true)).hasSize(40);
  }

  @Test
  void theMeetingsWithTheIncomingMembersAreIfNecessaryAndTheAdoptionDoesNotWaitForThem() {
    assertThat(rows(true, true)).filteredOn(ScheduledStep::ifNecessary).extracting(ScheduledStep::stepId)
        .containsExactly("OCT_INCOMING_MEMBERS_MEETING", "NOV_INCOMING_MEMBERS_MEETING");
    assertThat(rows(false, false)).filteredOn(s -> s.stepId().equals("DEC_ADOPT_REPORT")).singleElement()
        .satisfies(adopt -> assertThat(adopt.waitsFor()).containsExactly("OCT_DRAFT_REPORT", "OCT_CONSULTATIONS_ON_DRAFT"));
  }

  @Test
  void theDeployedScheduleIsUsableAsAWhole() {
    assertThat(ReviewSchedule.problems(rows(false, false))).isEmpty();
    assertThat(ReviewSchedule.problems(rows(true, true))).isEmpty();
  }

  @Test
  void everyMonthOfAnnexTwoHasItsSteps() {
    Map<Integer, Long> perMonth = rows(true, true).stream()
        .collect(java.util.stream.Collectors.groupingBy(ScheduledStep::month, java.util.stream.Collectors.counting()));
    assertThat(perMonth).containsOnlyKeys(2, 3, 4, 5, 6, 7, 8, 10, 11, 12)
        .containsEntry(2, 6L).containsEntry(3, 10L).containsEntry(4, 2L).containsEntry(5, 2L).containsEntry(6, 3L)
        .containsEntry(7, 1L).containsEntry(8, 6L);
  }

  @Test
  void eachWorkingGroupDrawsConclusionsForItsArea() {
    assertThat(rows(false, false)).filteredOn(s -> s.kind() == StepKind.CONCLUSIONS).extracting(ScheduledStep::group)
        .containsExactlyInAnyOrder(WorkingGroup.IMPLEMENTATION, WorkingGroup.ASSISTANCE, WorkingGroup.COOPERATION,
            WorkingGroup.TRANSPARENCY);
  }

  @Test
  void theMatrixCirculationAndTheNonReportingLettersAreCalledInMarchByWorkingGroupOne() {
    assertThat(rows(false, false)).filteredOn(s -> s.kind().isCall())
        .extracting(ScheduledStep::stepId, ScheduledStep::month, ScheduledStep::group)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MAR_MATRIX_CIRCULATION", 3, WorkingGroup.IMPLEMENTATION),
            org.assertj.core.groups.Tuple.tuple("MAR_NON_REPORTING_LETTERS", 3, WorkingGroup.IMPLEMENTATION));
  }

  @Test
  void theRevisedMatricesWaitForTheMatrixRoundAndTheReportForTheConclusions() {
    Map<String, ScheduledStep> byId = new java.util.HashMap<>();
    rows(false, false).forEach(s -> byId.put(s.stepId(), s));
    assertThat(byId.get("JUN_CONSIDER_REVISED_MATRICES").waitsFor()).containsExactly("MAR_MATRIX_CIRCULATION");
    assertThat(byId.get("JUN_CONSIDER_REVISED_MATRICES").kind()).isEqualTo(StepKind.MATRICES_CONSIDERED);
    assertThat(byId.get("JUN_POST_APPROVED_MATRICES").kind()).isEqualTo(StepKind.MATRICES_POSTED);
    assertThat(byId.get("JUN_POST_APPROVED_MATRICES").waitsFor()).containsExactly("JUN_CONSIDER_REVISED_MATRICES");
    assertThat(byId.get("OCT_DRAFT_REPORT").waitsFor()).containsExactlyInAnyOrder("AUG_CONCLUSIONS_IMPLEMENTATION",
        "AUG_CONCLUSIONS_ASSISTANCE", "AUG_CONCLUSIONS_COOPERATION", "AUG_CONCLUSIONS_TRANSPARENCY");
    assertThat(byId.get("DEC_ADOPT_REPORT").kind()).isEqualTo(StepKind.REPORT);
    assertThat(byId.get("DEC_SUBMIT_REPORT").dueRule()).isEqualTo(DueRule.REPORT_DUE);
  }

  @Test
  void labelsAreSentenceCaseVerbFirst() {
    assertThat(rows(true, true)).allSatisfy(step -> {
      assertThat(Character.isUpperCase(step.label().charAt(0))).as(step.label()).isTrue();
      assertThat(step.label()).as(step.stepId()).doesNotEndWith(".");
      assertThat(step.annexItem()).as(step.stepId()).startsWith("Annex II, ");
    });
  }

  @Test
  void theMoveFormOffersExactlyTheSchedulesSteps() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/review-step-move.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.get("components")) {
      if (MoveReviewStepProcess.STEP_ID.equals(component.path("key").asText())) {
        component.get("values").forEach(v -> offered.add(v.get("value").asText()));
      }
    }
    assertThat(offered).containsExactlyElementsOf(rows(true, true).stream().map(ScheduledStep::stepId).toList());
  }

  @Test
  void theNotNeededFormOffersExactlyTheIfNecessarySteps() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/review-step-not-needed.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.get("components")) {
      if (MarkReviewStepNotNeededProcess.STEP_ID.equals(component.path("key").asText())) {
        component.get("values").forEach(v -> offered.add(v.get("value").asText()));
      }
    }
    assertThat(offered).containsExactlyElementsOf(rows(true, true).stream().filter(ScheduledStep::ifNecessary)
        .map(ScheduledStep::stepId).toList());
  }

  @Test
  void aStepWaitingForAnUnknownStepOrInACycleIsRefused() {
    ScheduledStep a = step("A_STEP", WorkingGroup.COMMITTEE, StepKind.TASK, List.of("B_STEP"));
    ScheduledStep b = step("B_STEP", WorkingGroup.COMMITTEE, StepKind.TASK, List.of("A_STEP"));
    ScheduledStep c = step("C_STEP", WorkingGroup.COMMITTEE, StepKind.TASK, List.of("NO_STEP"));

    assertThat(ReviewSchedule.problems(List.of(a, b, c))).containsExactly(
        "C_STEP waits for NO_STEP, which is not a step of this review",
        "steps wait for each other, so none of them would ever start: A_STEP -> B_STEP -> A_STEP");
  }

  @Test
  void callsAndConclusionsInTheWrongTrackAreRefused() {
    assertThat(ReviewSchedule.problems(List.of(
        step("MATRIX", WorkingGroup.ASSISTANCE, StepKind.MATRIX_CIRCULATION, List.of()),
        step("CONCLUSIONS", WorkingGroup.COMMITTEE, StepKind.CONCLUSIONS, List.of()),
        step("REPORT", WorkingGroup.TRANSPARENCY, StepKind.REPORT, List.of()),
        step("REPORT", WorkingGroup.COMMITTEE, StepKind.REPORT, List.of()))))
        .containsExactly("step id REPORT is used twice",
            "MATRIX: a MATRIX_CIRCULATION step belongs to wgImplementation, whose track calls the other processes",
            "CONCLUSIONS: conclusions are drawn by one of the four working groups, not by coordinators",
            "REPORT: the report steps belong to coordinators");
  }

  private static ScheduledStep step(String id, WorkingGroup group, StepKind kind, List<String> waitsFor) {
    return new ScheduledStep(id, "Do " + id, "Annex II, test", 3, group, kind, DueRule.END_OF_MONTH, waitsFor, false);
  }
}

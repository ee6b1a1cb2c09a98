package org.un.sc1540.workflow.review;

import java.util.List;

/**
 * One row of the schedule (bpmn/ReviewSchedule.dmn): a step as every review starts with it.
 * {@code ifNecessary}: Annex II holds it only "if necessary"; a coordinator may mark it not needed.
 */
record ScheduledStep(String stepId, String label, String annexItem, int month, WorkingGroup group, StepKind kind,
    DueRule dueRule, List<String> waitsFor, boolean ifNecessary) {

  ScheduledStep {
    waitsFor = List.copyOf(waitsFor);
  }
}

package org.un.sc1540.workflow.review;

import java.util.List;

/** One row of the schedule (bpmn/ReviewSchedule.dmn): a step as every review starts with it. */
record ScheduledStep(String stepId, String label, String annexItem, int month, WorkingGroup group, StepKind kind,
    DueRule dueRule, List<String> waitsFor) {

  ScheduledStep {
    waitsFor = List.copyOf(waitsFor);
  }
}

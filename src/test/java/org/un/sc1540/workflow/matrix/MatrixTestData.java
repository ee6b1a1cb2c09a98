package org.un.sc1540.workflow.matrix;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Test housekeeping shared by the matrix tests. */
final class MatrixTestData {

  private MatrixTestData() {}

  /**
   * Removes every running matrix instance of the year (rounds first, which takes their States'
   * reviews with them, then late-comments windows and recordings), with their end listeners, so
   * that the year is free for the next test: one round per year runs at a time.
   */
  static void removeInstances(RuntimeService runtimeService, int year) {
    if (year == 0) {
      return;
    }
    for (String key : new String[] {MatrixCirculation.PROCESS_KEY, StateMatrixReview.PROCESS_KEY,
        MatrixLateComments.PROCESS_KEY, MatrixCommentsRecording.PROCESS_KEY}) {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
          .processInstanceBusinessKeyLike(MatrixCirculation.businessKey(year) + "%").list()) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
          runtimeService.deleteProcessInstance(instance.getId(), "test finished");
        }
      }
    }
  }
}

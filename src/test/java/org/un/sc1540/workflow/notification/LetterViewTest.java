package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, point 6: the register names the step that sent a letter in words, not by its technical id. */
class LetterViewTest {

  @Test
  void aStepsTechnicalIdReadsAsItsLabel() {
    assertThat(LetterView.stepInWords("Task_SendNoteVerbale")).isEqualTo("Send note verbale");
    assertThat(LetterView.stepInWords("Task_SendMatrixWithCoveringNote")).isEqualTo("Send matrix with covering note");
  }

  @Test
  void anIdWithoutTypePrefixStillReads() {
    assertThat(LetterView.stepInWords("sendReminder")).isEqualTo("Send reminder");
  }
}

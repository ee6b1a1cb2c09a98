package org.un.sc1540.workflow.matrix;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Comments a State sent on its matrix while its round was open (a row of matrix_comment): stored
 * when they arrived, taken up when the review got to them. {@code late} and {@code onConsultation}
 * are known from the moment they are taken up, by their own date against the deadline then in force.
 */
public record MatrixComment(long id, String roundProcessInstanceId, String reviewProcessInstanceId, int reviewYear,
    String stateCode, LocalDate receivedOn, String reference, String recordedBy, Instant recordedAt,
    Instant takenUpAt, LocalDate deadline, Boolean onConsultation, Boolean late) {

  public boolean takenUp() {
    return takenUpAt != null;
  }
}

package org.un.sc1540.workflow.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A circulation round as the matrix_round table keeps it, with its June posting once done. */
public record MatrixRound(String processInstanceId, int reviewYear, boolean open, LocalDate commentDeadline,
    int stateCount, List<String> stateCodes, MatrixProperties.NoReplyPolicy noReplyPolicy, String startedBy,
    Instant startedAt, Instant closedAt, LocalDate consideredOn, LocalDate postedOn, String websiteUrl,
    String carriedNote, String postedBy) {

  public MatrixRound {
    stateCodes = stateCodes == null ? List.of() : List.copyOf(stateCodes);
  }

  public boolean posted() {
    return postedOn != null;
  }
}

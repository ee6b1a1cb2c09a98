package org.un.sc1540.workflow.matrix;

import java.time.LocalDate;

/** The Committee's approval of a State's matrix in a review year (the registry of approved matrices). */
public record MatrixApproval(int reviewYear, String stateCode, LocalDate approvedOn, String matrixReference,
    String matrixVersion, String matrixUrl, String decisionReference) {}

package org.un.sc1540.workflow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a State's additional information is recorded (2663 §7), with what changed
 * (programme of work para. 8 (b)), in the recording's transaction: the routine letters keep it
 * among the replies to their requests.
 */
public record AdditionalInformationRecorded(String stateCode, LocalDate receivedOn, String reference,
    String whatChanged, String recordedBy, Instant recordedAt) {}

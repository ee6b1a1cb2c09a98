package org.un.sc1540.workflow.assistance;

import java.time.LocalDate;
import java.util.List;

/** One provider on a request's circulation list: its rank, why, and the letter it was sent. */
public record CirculationEntry(long requestId, long providerId, int ranking, List<AssistanceArea> matchedAreas,
    String explanation, boolean included, boolean chosenByExperts, String letterSymbol, LocalDate sentOn,
    String reminderSymbol, LocalDate reminderSentOn, String problem) {}

package org.un.sc1540.workflow.review;

import java.time.LocalDate;

/** What a step produced: the document, the decision or result, the date, and an area's conclusions. */
record StepOutcome(String documentReference, String decision, LocalDate outcomeDate, String conclusions) {}

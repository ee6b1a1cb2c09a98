package org.un.sc1540.workflow.notification;

import java.util.HashMap;
import java.util.Map;

/**
 * One letter to one State, and where it comes from. The origin (process instance, activity,
 * occurrence) with the State and letter type is the letter's identity: asking twice for the same
 * letter sends it once.
 *
 * @param occurrence tells apart the letters one activity sends in a loop (the n-th reminder); 1 otherwise
 * @param parameters what the letter's template needs (dates as ISO strings or java.time values)
 */
public record LetterRequest(String stateCode, LetterType type, String processInstanceId, String activityId,
    int occurrence, String businessKey, Map<String, Object> parameters) {

  public LetterRequest {
    // A null parameter is an absent one (an unset input mapping); the templates test for absence.
    Map<String, Object> present = new HashMap<>();
    if (parameters != null) {
      parameters.forEach((name, value) -> {
        if (value != null) {
          present.put(name, value);
        }
      });
    }
    parameters = Map.copyOf(present);
  }
}

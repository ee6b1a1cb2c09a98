package org.un.sc1540.workflow.notification;

import java.util.HashMap;
import java.util.Map;

/**
 * One letter to one State or one organization, and where it comes from. The origin (process
 * instance, activity, occurrence) with the addressee and letter type is the letter's identity:
 * asking twice for the same letter sends it once.
 *
 * @param stateCode the State the letter goes to (its Permanent Mission) or concerns; null for a letter to an organization
 * @param occurrence tells apart the letters one activity sends in a loop (the n-th reminder); 1 otherwise
 * @param parameters what the letter's template needs (dates as ISO strings or java.time values)
 * @param organizationId the organization (registry id) the letter goes to; null for a letter about a State
 */
public record LetterRequest(String stateCode, LetterType type, String processInstanceId, String activityId,
    int occurrence, String businessKey, Map<String, Object> parameters, Long organizationId) {

  public LetterRequest {
    if ((stateCode == null) == (organizationId == null)) {
      throw new IllegalArgumentException("A letter goes to exactly one State or one organization (" + type
          + ": state " + stateCode + ", organization " + organizationId + ")");
    }
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

  /** A letter to or about a State. */
  public LetterRequest(String stateCode, LetterType type, String processInstanceId, String activityId,
      int occurrence, String businessKey, Map<String, Object> parameters) {
    this(stateCode, type, processInstanceId, activityId, occurrence, businessKey, parameters, null);
  }

  /** A letter to an organization of the registry (2663 §23), at its address, its points of contact in copy. */
  public static LetterRequest toOrganization(long organizationId, LetterType type, String processInstanceId,
      String activityId, int occurrence, String businessKey, Map<String, Object> parameters) {
    return new LetterRequest(null, type, processInstanceId, activityId, occurrence, businessKey, parameters,
        organizationId);
  }

  public boolean toOrganization() {
    return organizationId != null;
  }
}

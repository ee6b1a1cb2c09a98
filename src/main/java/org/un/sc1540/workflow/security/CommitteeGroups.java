package org.un.sc1540.workflow.security;

import java.util.List;

/** The Camunda groups that stand for the Committee's roles (DOMAIN.md, "Who uses the system"). */
public final class CommitteeGroups {

  /** Secretariat staff: prepare and check notes verbales, record replies. */
  public static final String SECRETARIAT = "secretariat";
  /** The group of experts: matrices, drafts and reviews. */
  public static final String EXPERTS = "experts";
  /** Working-group chairs and the Chair's office: watch every State, resolve incidents. */
  public static final String COORDINATORS = "coordinators";
  /** The review's four working groups (programme of work, paras. 6-7), one per area of the review. */
  public static final String WG_IMPLEMENTATION = "wgImplementation";
  public static final String WG_ASSISTANCE = "wgAssistance";
  public static final String WG_COOPERATION = "wgCooperation";
  public static final String WG_TRANSPARENCY = "wgTransparency";
  public static final List<String> WORKING_GROUPS =
      List.of(WG_IMPLEMENTATION, WG_ASSISTANCE, WG_COOPERATION, WG_TRANSPARENCY);
  /** Users, groups and authorizations. The name is Camunda's own, so the admin-user starter fills it. */
  public static final String ADMINISTRATORS = "camunda-admin";

  /** Everybody who may read the Committee's own pages and registry. */
  public static final List<String> STAFF = List.of(SECRETARIAT, EXPERTS, COORDINATORS, ADMINISTRATORS,
      WG_IMPLEMENTATION, WG_ASSISTANCE, WG_COOPERATION, WG_TRANSPARENCY);

  private static final java.util.Map<String, String> NAMES = java.util.Map.of(
      SECRETARIAT, "the secretariat", EXPERTS, "the group of experts", COORDINATORS, "coordinators",
      ADMINISTRATORS, "administrators", WG_IMPLEMENTATION, "working group 1", WG_ASSISTANCE, "working group 2",
      WG_COOPERATION, "working group 3", WG_TRANSPARENCY, "working group 4");

  /** The groups in words, for messages: "the secretariat or coordinators". */
  public static String describe(String... groups) {
    List<String> names = java.util.Arrays.stream(groups).map(g -> NAMES.getOrDefault(g, g)).toList();
    if (names.isEmpty()) {
      return "administrators";
    }
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private CommitteeGroups() {}
}

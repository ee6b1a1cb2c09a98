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

  private CommitteeGroups() {}
}

package org.un.sc1540.workflow.review;

import java.util.Arrays;
import java.util.Optional;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * Who carries out a step: one of the four working groups (programme of work, paras. 6-7: one per
 * area of the review) or the Committee itself through its coordinators (the Chair's briefings,
 * meetings, adoption). Each is a Camunda group, the candidate group of its steps' tasks.
 */
public enum WorkingGroup {

  IMPLEMENTATION(CommitteeGroups.WG_IMPLEMENTATION, "Working group 1",
      "monitoring and national implementation", ComprehensiveReviewProcess.CONCLUSIONS_IMPLEMENTATION),
  ASSISTANCE(CommitteeGroups.WG_ASSISTANCE, "Working group 2", "assistance",
      ComprehensiveReviewProcess.CONCLUSIONS_ASSISTANCE),
  COOPERATION(CommitteeGroups.WG_COOPERATION, "Working group 3",
      "cooperation with international, regional and subregional organizations and United Nations bodies",
      ComprehensiveReviewProcess.CONCLUSIONS_COOPERATION),
  TRANSPARENCY(CommitteeGroups.WG_TRANSPARENCY, "Working group 4", "transparency and media outreach",
      ComprehensiveReviewProcess.CONCLUSIONS_TRANSPARENCY),
  COMMITTEE(CommitteeGroups.COORDINATORS, "The Committee", "the Committee's own steps", null);

  private final String groupId;
  private final String title;
  private final String area;
  private final String conclusionsVariable;

  WorkingGroup(String groupId, String title, String area, String conclusionsVariable) {
    this.groupId = groupId;
    this.title = title;
    this.area = area;
    this.conclusionsVariable = conclusionsVariable;
  }

  /** The Camunda group id: candidate group of its steps' tasks and the schedule's "working group" column. */
  public String groupId() {
    return groupId;
  }

  public String title() {
    return title;
  }

  public String area() {
    return area;
  }

  /** Whether the group is one of the four working groups, each of which draws conclusions for its area. */
  public boolean isWorkingGroup() {
    return conclusionsVariable != null;
  }

  /** The report form's field for this area's conclusions; null for the Committee. */
  public String conclusionsVariable() {
    return conclusionsVariable;
  }

  public static Optional<WorkingGroup> ofGroupId(String groupId) {
    return Arrays.stream(values()).filter(g -> g.groupId.equals(groupId)).findFirst();
  }
}

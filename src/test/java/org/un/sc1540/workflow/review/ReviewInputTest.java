package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The values a review is given, whatever their type there, and the message naming a wrong one. */
class ReviewInputTest {

  private static final Set<String> MEMBERS = Set.of("SLB", "VUT", "FRA");

  @Test
  void aYearComesAsANumberOrItsText() {
    assertThat(ReviewInput.requiredInteger("reviewYear", 2027L)).isEqualTo(2027);
    assertThat(ReviewInput.requiredInteger("reviewYear", 2027.0)).isEqualTo(2027);
    assertThat(ReviewInput.requiredInteger("reviewYear", " 2027 ")).isEqualTo(2027);
    assertThatThrownBy(() -> ReviewInput.requiredInteger("reviewYear", "twenty"))
        .hasMessage("reviewYear must be a whole number, not 'twenty'");
    assertThatThrownBy(() -> ReviewInput.requiredInteger("reviewYear", 2027.5))
        .hasMessage("reviewYear must be a whole number, not 2027.5");
    assertThatThrownBy(() -> ReviewInput.requiredInteger("reviewYear", " ")).hasMessage("reviewYear is required");
  }

  @Test
  void aDateComesAsAnIsoDateOrDateTime() {
    assertThat(ReviewInput.optionalDate("reportDueDate", "2027-11-15")).isEqualTo(LocalDate.of(2027, 11, 15));
    assertThat(ReviewInput.optionalDate("reportDueDate", "2027-11-15T00:00:00.000-0500"))
        .isEqualTo(LocalDate.of(2027, 11, 15));
    assertThat(ReviewInput.optionalDate("reportDueDate", "")).isNull();
    assertThatThrownBy(() -> ReviewInput.optionalDate("reportDueDate", "15/11/2027"))
        .hasMessage("reportDueDate must be a date written year-month-day, such as 2027-05-29, not '15/11/2027'");
  }

  @Test
  void aFlagIsTrueFalseOrAbsent() {
    assertThat(ReviewInput.optionalBoolean("precedesMandateRenewal", null)).isFalse();
    assertThat(ReviewInput.optionalBoolean("precedesMandateRenewal", "TRUE")).isTrue();
    assertThatThrownBy(() -> ReviewInput.optionalBoolean("precedesMandateRenewal", "yes"))
        .hasMessage("precedesMandateRenewal must be true or false, not 'yes'");
  }

  @Test
  void stateCodesComeAsAJsonListOrSeparatedAndMustBeMembers() {
    assertThat(ReviewInput.stateCodes("stateCodes", "[\"slb\", \"VUT\"]", MEMBERS::contains))
        .containsExactly("SLB", "VUT");
    assertThat(ReviewInput.stateCodes("stateCodes", "SLB, vut FRA", MEMBERS::contains))
        .containsExactly("SLB", "VUT", "FRA");
    assertThatThrownBy(() -> ReviewInput.stateCodes("stateCodes", "SLB, XKX", MEMBERS::contains))
        .hasMessage("stateCodes: not Member State codes (ISO alpha-3): [XKX]");
  }
}

package org.un.sc1540.workflow.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** One parser per kind of input, however the value arrives. */
class InputsTest {

  @Test
  void stateCodesAreReadFromAJsonList() {
    assertThat(Inputs.stateCodes("stateCodes", "[\"FRA\", \"esp\"]")).containsExactly("FRA", "ESP");
  }

  @Test
  void stateCodesAreReadFromTheCommaSeparatedTextOfATasklistField() {
    assertThat(Inputs.stateCodes("stateCodes", " fra, ESP;jor  per ")).containsExactly("FRA", "ESP", "JOR", "PER");
  }

  @Test
  void stateCodesAreReadFromAJavaListWithDuplicatesDropped() {
    assertThat(Inputs.stateCodes("stateCodes", List.of("FRA", "fra", "ESP"))).containsExactly("FRA", "ESP");
  }

  @Test
  void noStateCodesMeansNoChoice() {
    assertThat(Inputs.stateCodes("stateCodes", null)).isEmpty();
    assertThat(Inputs.stateCodes("stateCodes", "  ")).isEmpty();
    assertThat(Inputs.stateCodes("stateCodes", "[]")).isEmpty();
  }

  @Test
  void aJsonListOfNumbersIsRefused() {
    assertThatThrownBy(() -> Inputs.stateCodes("stateCodes", "[250]")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("must list texts");
  }

  @Test
  void brokenJsonIsRefused() {
    assertThatThrownBy(() -> Inputs.stateCodes("stateCodes", "[\"FRA\"")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("not a JSON list");
  }

  @Test
  void codesThatAreNotThreeLettersAreNamed() {
    assertThatThrownBy(() -> Inputs.stateCodes("stateCodes", "FRA, FR, F4A"))
        .hasMessageContaining("'FR'").hasMessageContaining("'F4A'");
  }

  @Test
  void anIsoDateIsReadAsThatDayAndNothingElseIsGuessed() {
    assertThat(Inputs.optionalDate("receivedOn", "2026-11-20")).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(Inputs.optionalDate("receivedOn", "2026-11-20T00:00:00")).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThatThrownBy(() -> Inputs.optionalDate("receivedOn", "11/20/2026"))
        .hasMessage("receivedOn must be a date written year-month-day, such as 2027-05-29, not '11/20/2026'");
    assertThatThrownBy(() -> Inputs.optionalDate("receivedOn", "2026-02-30")).hasMessageContaining("not a day");
  }

  @Test
  void aDateVariableIsReadAsItsDayInNewYork() {
    Date lateEveningInNewYork = Date.from(ZonedDateTime.of(2026, 11, 20, 23, 30, 0, 0,
        ZoneId.of("America/New_York")).toInstant());
    assertThat(Inputs.optionalDate("receivedOn", lateEveningInNewYork)).isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void aYearOutOfRangeIsNamedAsGiven() {
    assertThatThrownBy(() -> Inputs.year("reviewYear", 99999999999L))
        .hasMessage("reviewYear must be a year between 2004 and 2100, not 99999999999");
    assertThatThrownBy(() -> Inputs.year("reviewYear", "2027.5")).hasMessageContaining("not '2027.5'");
    assertThat(Inputs.year("reviewYear", "2027")).isEqualTo(2027);
    assertThat(Inputs.year("reviewYear", 2027.0)).isEqualTo(2027);
  }

  @Test
  void onlyWebLinksAreLinks() {
    assertThat(Inputs.optionalUrl("matrixUrl", "https://documents.example.org/1540/FRA.pdf"))
        .isEqualTo("https://documents.example.org/1540/FRA.pdf");
    for (String bad : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "file:///etc/passwd",
        "//evil.example.org/x", "https://ok.example.org/\"onmouseover=x")) {
      assertThatThrownBy(() -> Inputs.optionalUrl("matrixUrl", bad)).as(bad).hasMessageContaining("not a web link");
    }
  }

  @Test
  void refusalsCarryTheirStatus() {
    assertThat(Refused.notFound("x").status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Refused.conflict("x").status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(Refused.badRequest("x").status()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void engineMessagesLoseTheirCodesAndWrappers() {
    assertThat(EngineMessages.plain("ENGINE-03051 There was an exception while invoking the TaskListener. Message: "
        + "'approvedOn 2030-01-01 is in the future'")).isEqualTo("approvedOn 2030-01-01 is in the future");
    assertThat(EngineMessages.plain("Cannot instantiate process definition 3ec1b699-aa: reviewYear is required"))
        .isEqualTo("reviewYear is required");
  }
}

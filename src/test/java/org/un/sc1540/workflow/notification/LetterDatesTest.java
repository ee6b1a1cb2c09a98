package org.un.sc1540.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.un.sc1540.workflow.registry.UnLanguage;

class LetterDatesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "en, 1 March 2027", "fr, 1er mars 2027", "es, 1 de marzo de 2027", "ru, 1 марта 2027 года",
      "zh, 2027年3月1日", "ar, 1 آذار/مارس 2027"})
  void theFirstOfMarchIsWrittenAsEachLanguageWritesItInUnLetters(String language, String expected) {
    assertThat(new LetterDates(UnLanguage.of(language)).format(LocalDate.of(2027, 3, 1))).isEqualTo(expected);
  }

  @Test
  void aFrenchDateOtherThanTheFirstHasNoOrdinal() {
    assertThat(new LetterDates(UnLanguage.FR).format("2027-05-29")).isEqualTo("29 mai 2027");
  }

  @Test
  void anInstantIsReadAsADayInNewYork() {
    Date lateEveningInNewYork = Date.from(ZonedDateTime.of(2027, 5, 29, 23, 30, 0, 0, ZoneId.of("America/New_York"))
        .toInstant());

    assertThat(new LetterDates(UnLanguage.EN).format(lateEveningInNewYork)).isEqualTo("29 May 2027");
  }
}

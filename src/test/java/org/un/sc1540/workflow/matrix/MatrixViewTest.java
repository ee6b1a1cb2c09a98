package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the matrix forms show: data never becomes markup, days are written unambiguously. */
class MatrixViewTest {

  @Test
  void textFromDataCannotBecomeALinkOrMarkup() {
    assertThat(MatrixView.md("[click](javascript:alert(1))"))
        .isEqualTo("\\[click\\]\\(javascript\\:alert\\(1\\)\\)");
    assertThat(MatrixView.md("<img src=x onerror=alert(1)>"))
        .isEqualTo("\\<img src\\=x onerror\\=alert\\(1\\)\\>");
    assertThat(MatrixView.md("**NV** 2027/1\n# heading")).isEqualTo("\\*\\*NV\\*\\* 2027\\/1 \\# heading");
    assertThat(MatrixView.md(null)).isEmpty();
  }

  @Test
  void daysAreWrittenOutInEnglish() {
    assertThat(MatrixView.day(LocalDate.of(2027, 5, 29))).isEqualTo("29 May 2027");
    assertThat(MatrixView.day(null)).isEmpty();
  }
}

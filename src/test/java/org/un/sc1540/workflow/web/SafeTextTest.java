package org.un.sc1540.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>", "vbscript:x", "//attacker.example/x", "/committee/", "https://",
      "https:///path", "file:///etc/passwd", "ftp://example.org/x", "https://example.org/a b", ""})
  void onlyAbsoluteHttpAddressesAreLinks(String url) {
    assertThat(SafeUrl.isHttp(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://documents.example.org/1540/matrices/FRA.pdf", "http://example.org",
      "HTTPS://EXAMPLE.ORG/x?y=1#z"})
  void httpAndHttpsAddressesAreLinks(String url) {
    assertThat(SafeUrl.isHttp(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"https://attacker.example\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void cellsThatASpreadsheetReadsAsFormulasGetALeadingQuote(String cell) {
    assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
  }

  @Test
  void otherCellsAndNumbersAreUnchanged() {
    assertThat(CsvCells.safe("Permanent Mission of France")).isEqualTo("Permanent Mission of France");
    assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.safe((Object) 42)).isEqualTo(42);
    assertThat(CsvCells.safe((String) null)).isNull();
  }

  @Test
  void htmlAndMarkdownBecomeText() {
    String inert = InertText.forMarkdown("<a href=\"https://x\">M</a> [y](https://x) **b** `c` ![i](https://x)");
    assertThat(inert).isEqualTo("\\<a href\\=\\\"https\\:\\/\\/x\\\"\\>M\\<\\/a\\> \\[y\\]\\(https\\:\\/\\/x\\) "
        + "\\*\\*b\\*\\* \\`c\\` \\!\\[i\\]\\(https\\:\\/\\/x\\)");
    // No character that starts markup is left without its backslash.
    assertThat(inert).doesNotContainPattern("(?<!\\\\)[<>\\[\\]()*`!]");
    assertThat(InertText.forMarkdown("Jeanne Martin (j.martin@example.org)\nline two"))
        .isEqualTo("Jeanne Martin \\(j\\.martin\\@example\\.org\\) line two");
    assertThat(InertText.forMarkdown(null)).isNull();
  }
}

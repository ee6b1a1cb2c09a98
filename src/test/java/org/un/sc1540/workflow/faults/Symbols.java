package org.un.sc1540.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reference symbols as the default pattern writes them: {@code S/AC.44/2026/NV.17}. */
final class Symbols {

  private static final Pattern SYMBOL = Pattern.compile("S/AC\\.44/(\\d{4})/NV\\.(\\d+)");

  private Symbols() {}

  /** The numbers of the symbols, per year, sorted. */
  static Map<Integer, List<Integer>> numbersByYear(Collection<String> symbols) {
    Map<Integer, List<Integer>> byYear = new TreeMap<>();
    for (String symbol : symbols) {
      Matcher m = SYMBOL.matcher(symbol);
      assertThat(m.matches()).as("symbol %s follows S/AC.44/{year}/NV.{number}", symbol).isTrue();
      byYear.computeIfAbsent(Integer.parseInt(m.group(1)), y -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
    }
    byYear.values().forEach(numbers -> numbers.sort(Integer::compare));
    return byYear;
  }

  /** No symbol twice, and within each year the numbers follow one another without a gap. */
  static void assertUniqueAndConsecutive(Collection<String> symbols) {
    assertThat(symbols).as("symbols").doesNotHaveDuplicates();
    numbersByYear(symbols).forEach((year, numbers) -> {
      assertThat(numbers).as("numbers of %s", year).doesNotHaveDuplicates();
      assertThat(numbers.get(numbers.size() - 1) - numbers.get(0))
          .as("the %d numbers of %s run from %d to %d without a gap", numbers.size(), year, numbers.get(0),
              numbers.get(numbers.size() - 1))
          .isEqualTo(numbers.size() - 1);
    });
  }

  /** The range per year, for the log: {@code 2026: NV.1-NV.193}. */
  static String ranges(Collection<String> symbols) {
    List<String> ranges = new ArrayList<>();
    numbersByYear(symbols).forEach((year, numbers) -> ranges.add(year + ": NV." + numbers.get(0) + "-NV."
        + numbers.get(numbers.size() - 1) + " (" + numbers.size() + ")"));
    return String.join(", ", ranges);
  }
}

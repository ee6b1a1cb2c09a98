package org.un.sc1540.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every figure of issue 14 says what limits it when its target is missed. */
class BenchResultsTest {

  @Test
  void everyKeyHasWhatLimitsIt() {
    assertThat(BenchResults.WHAT_LIMITS_IT.keySet()).containsExactlyInAnyOrderElementsOf(BenchResults.KEYS);
    assertThat(BenchResults.WHAT_LIMITS_IT.values()).allSatisfy(text -> assertThat(text).isNotBlank());
  }
}

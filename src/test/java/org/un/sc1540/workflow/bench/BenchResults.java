package org.un.sc1540.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark figures of issue 14 in target/bench/results.json and target/bench/results.md.
 * Each benchmark records its own keys; the file holds exactly the keys below, in this order, each
 * {@code {"value", "target", "unit", "met", "details"}}. A figure is a ratio or is measured side by
 * side in one run, because the machines are shared and absolute times mean little.
 */
public final class BenchResults {

  /** The keys of results.json, in the order of the table. */
  public static final List<String> KEYS = List.of("dispatchRatio", "dispatchRelayRatio", "seasonRatioH2",
      "seasonRatioPostgres", "historyGrowthRatio", "historyP95Ms", "h2FileMiB", "footprintRestartRatio",
      "footprintRssRatio");

  static final Path DIR = Path.of("target", "bench");
  static final Path JSON = DIR.resolve("results.json");
  static final Path MARKDOWN = DIR.resolve("results.md");
  private static final Logger LOG = LoggerFactory.getLogger(BenchResults.class);
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Whether the target is a ceiling (ratios of time, sizes) or a floor (ratios of rate). */
  public enum Goal {
    AT_MOST("≤"), AT_LEAST("≥");

    final String sign;

    Goal(String sign) {
      this.sign = sign;
    }

    boolean met(double value, double target) {
      return this == AT_MOST ? value <= target : value >= target;
    }
  }

  /**
   * What limits each figure when its target is missed, in short; docs/benchmarks.md has the
   * measurements behind each sentence, what was tried and what it would take.
   */
  static final Map<String, String> WHAT_LIMITS_IT = Map.of(
      "dispatchRatio", "CPU per letter on two cores: the engine path (a process instance, a job, four durable "
          + "commits and their history, the template, the register) costs over ten times the raw path's; H2's "
          + "commits are about a third of it. What it would take: one job and one register transaction per batch "
          + "of letters (docs/benchmarks.md, Dispatch)",
      "dispatchRelayRatio", "The engine path's CPU per letter (about 20 ms) is more than the relay's 50 ms latency "
          + "hides with 8 connections on 2 cores; it would need to fall below a tenth of that latency "
          + "(docs/benchmarks.md, Dispatch)",
      "seasonRatioH2", "Beyond the floor the round reads: each listener or delegate that reads a variable loads "
          + "the execution's variables, the comments are correlated by two variables, and the letters' register "
          + "commits (docs/benchmarks.md, Season: where the round's CPU goes)",
      "seasonRatioPostgres", "As on H2: variables loaded for listeners and delegates, the comments' correlation by "
          + "two variables, the letters' commits (docs/benchmarks.md, Season)",
      "historyGrowthRatio", "The queries slow with the history kept: see the per-query figures above",
      "historyP95Ms", "Machine-dependent; the per-query figures above show which query",
      "h2FileMiB", "While hundreds of commits a second are written the housekeeping falls behind; it brings the "
          + "file near its data once the writes pause (docs/benchmarks.md, H2 that stays small)",
      "footprintRestartRatio", "What the Committee adds before the server answers: Spring Security, Flyway, YAML "
          + "configuration, Thymeleaf and its own beans, mostly class loading; nothing repeated at each start "
          + "that could be skipped (docs/benchmarks.md, Footprint)",
      "footprintRssRatio", "The Committee loads 14,528 classes against the bare starter's 11,960, and its RSS "
          + "right after the restart varies by about 80 MiB from one round to the next with how far its start-up "
          + "listeners have got (docs/benchmarks.md, Footprint)");

  private BenchResults() {}

  /**
   * Records one figure; {@code met} follows from the value, the target and the goal.
   *
   * @param key one of {@link #KEYS}
   * @param unit e.g. "×" or "ms"
   * @param details the measurements behind the figure, and where the target is missed, what limits it
   */
  public static synchronized void record(String key, double value, Goal goal, double target, String unit,
      Map<String, Object> details) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("Not a benchmark key of issue 14: " + key);
    }
    boolean met = goal.met(value, target);
    try {
      Files.createDirectories(DIR);
      JsonNode old = Files.exists(JSON) ? MAPPER.readTree(JSON.toFile()) : MAPPER.createObjectNode();
      ObjectNode entry = MAPPER.createObjectNode();
      entry.put("value", value);
      entry.put("target", target);
      entry.put("unit", unit);
      entry.put("met", met);
      ObjectNode detailNode = MAPPER.valueToTree(details);
      detailNode.put("goal", goal.sign + " " + target);
      if (!met && !detailNode.has("what limits it")) {
        detailNode.put("what limits it", WHAT_LIMITS_IT.get(key));
      }
      detailNode.put("measuredAt", Instant.now().toString());
      entry.set("details", detailNode);
      // Rebuilt in the order of KEYS, so that no key from an older layout of the file survives.
      ObjectNode all = MAPPER.createObjectNode();
      for (String name : KEYS) {
        if (name.equals(key)) {
          all.set(name, entry);
        } else if (old.has(name)) {
          all.set(name, old.get(name));
        }
      }
      MAPPER.writeValue(JSON.toFile(), all);
      Files.writeString(MARKDOWN, markdown(all));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("[bench] {} = {} {} (target {} {}: {})", key, value, unit, goal.sign, target, met ? "met" : "MISSED");
  }

  private static String markdown(ObjectNode all) {
    StringBuilder md = new StringBuilder("| key | value | target | met | measured at |\n|---|---|---|---|---|\n");
    for (String name : KEYS) {
      JsonNode e = all.get(name);
      if (e == null) {
        md.append("| ").append(name).append(" | not measured | | | |\n");
        continue;
      }
      String unit = e.path("unit").asText();
      md.append("| ").append(name)
          .append(" | ").append(e.path("value").asDouble()).append(' ').append(unit)
          .append(" | ").append(e.path("details").path("goal").asText()).append(' ').append(unit)
          .append(" | ").append(e.path("met").asBoolean() ? "yes" : "**no**")
          .append(" | ").append(e.path("details").path("measuredAt").asText()).append(" |\n");
    }
    return md.toString();
  }

  /** The machine's load average over the last minute: how quiet the machine was. */
  public static double loadAverage() {
    return round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Two decimals: enough for a ratio measured on a shared machine. */
  public static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}

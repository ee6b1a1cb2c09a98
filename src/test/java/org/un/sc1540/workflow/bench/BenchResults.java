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

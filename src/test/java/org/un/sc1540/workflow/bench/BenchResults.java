package org.un.sc1540.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects benchmark figures in target/bench/results.json and renders target/bench/results.md.
 * Each benchmark adds its own entry; a figure is a ratio or measured side by side in one run,
 * because the machines are shared and absolute times mean little.
 */
public final class BenchResults {

  static final Path DIR = Path.of("target", "bench");
  static final Path JSON = DIR.resolve("results.json");
  static final Path MARKDOWN = DIR.resolve("results.md");
  private static final Logger LOG = LoggerFactory.getLogger(BenchResults.class);
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchResults() {}

  /**
   * @param figure what the table shows, e.g. "engine / raw JavaMailSender rate"
   * @param value the measured figure
   * @param target the target, as text (e.g. "≥ 0.9×")
   * @param met whether the target is met
   * @param details the measurements behind the figure
   */
  public static synchronized void record(String name, String figure, String value, String target, boolean met,
      Map<String, Object> details) {
    try {
      Files.createDirectories(DIR);
      ObjectNode all = Files.exists(JSON) ? (ObjectNode) MAPPER.readTree(JSON.toFile()) : MAPPER.createObjectNode();
      ObjectNode entry = MAPPER.createObjectNode();
      entry.put("figure", figure);
      entry.put("value", value);
      entry.put("target", target);
      entry.put("met", met);
      entry.set("details", MAPPER.valueToTree(details));
      all.set(name, entry);
      MAPPER.writeValue(JSON.toFile(), all);
      writeMarkdown(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("[bench] {}: {} = {} (target {}: {})", name, figure, value, target, met ? "met" : "MISSED");
  }

  private static void writeMarkdown(ObjectNode all) throws IOException {
    StringBuilder md = new StringBuilder("| benchmark | figure | measured | target | met |\n|---|---|---|---|---|\n");
    for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
      md.append("| ").append(e.getKey()).append(" | ").append(e.getValue().path("figure").asText())
          .append(" | ").append(e.getValue().path("value").asText())
          .append(" | ").append(e.getValue().path("target").asText())
          .append(" | ").append(e.getValue().path("met").asBoolean() ? "yes" : "**no**").append(" |\n");
    }
    Files.writeString(MARKDOWN, md.toString());
  }
}

package org.un.sc1540.workflow.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged application in a JVM of its own, as an operator runs it ({@code java -jar}), for the
 * tests that kill it or run two of it. Its output goes to a log file in its working directory, whose
 * tail a failing test prints. Every JVM started here is killed when the test JVM exits, should a
 * test fail to stop it.
 */
final class ApplicationJvm {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationJvm.class);
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
  private static final String JAR_PATTERN = "committee-workflow-.*\\.jar";
  /** The demo contacts are the last thing start-up writes that a dispatch needs. */
  private static final String READY_PATH = "/api/registry/states/ZWE";

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
  }

  private final String name;
  private final Path directory;
  private final int port;
  private final List<String> command;
  private final Path log;
  private Process process;

  /**
   * @param directory its working directory (the default H2 database goes to {@code ./data} there)
   * @param arguments application arguments besides {@code --server.port}
   */
  ApplicationJvm(String name, Path directory, List<String> arguments) {
    this.name = name;
    this.directory = directory;
    this.port = freePort();
    this.log = directory.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port,
        // The fault tests deploy their own dispatch model over REST, which the application refuses by default.
        "--committee.security.rest-deployment=true"));
    command.addAll(arguments);
    this.command = List.copyOf(command);
  }

  /** The jar the build's package phase made; failsafe runs after it, so it is there in {@code ./mvnw verify}. */
  static Path jar() {
    Path target = Path.of("target").toAbsolutePath();
    List<Path> jars;
    try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
      jars = files.filter(p -> p.getFileName().toString().matches(JAR_PATTERN)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (jars.size() != 1) {
      throw new IllegalStateException("Expected the application jar " + target + "/committee-workflow-<version>.jar, "
          + "found " + jars + ". These tests run the packaged application: run them with ./mvnw verify (package "
          + "comes before the integration tests), or ./mvnw -B package -DskipTests first.");
    }
    return jars.get(0);
  }

  /** Starts it (again, after a kill or stop: the same command, the same port and working directory). */
  void start() {
    try {
      Files.createDirectories(directory);
      Files.writeString(log, "==> " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
    RUNNING.add(process);
    LOG.info("Started {} (pid {}) on port {}", name, process.pid(), port);
  }

  /** Waits until it answers as the administrator with the registry's demonstration contacts in place. */
  Http awaitReady(Duration timeout) {
    Http http = http("admin", "admin");
    long started = System.nanoTime();
    Poll.until(name + " answers on port " + port, timeout, () -> {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready\n" + logTail());
      }
      Http.Response response = http.tryGet(READY_PATH);
      return response != null && response.status() == 200 && response.body().contains("MISSION");
    }, this::logTail);
    LOG.info("{} ready after {} s", name, (System.nanoTime() - started) / 1_000_000_000L);
    return http;
  }

  Http http(String user, String password) {
    return new Http(baseUrl(), user, password);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** SIGKILL ({@code destroyForcibly} on Linux): no shutdown hook, no last commit. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
    LOG.info("Killed {} (pid {}) with SIGKILL", name, process.pid());
  }

  /** An orderly stop (SIGTERM); killed if it has not stopped within a minute. Nothing happens if it is not running. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!awaitExit(Duration.ofMinutes(1))) {
      kill();
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  private boolean awaitExit(Duration timeout) {
    try {
      boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (exited) {
        RUNNING.remove(process);
      }
      return exited;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + name + " to exit", e);
    }
  }

  String name() {
    return name;
  }

  /** The last lines of its output, for a failing test's message. */
  String logTail() {
    try {
      List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
      return "---- last lines of " + log + " ----\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }
}

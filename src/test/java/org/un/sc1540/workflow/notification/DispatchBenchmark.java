package org.un.sc1540.workflow.notification;

import com.sun.management.OperatingSystemMXBean;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.un.sc1540.workflow.CommitteeWorkflowApplication;
import org.un.sc1540.workflow.bench.BenchResults;
import org.un.sc1540.workflow.bench.ChildJvm;
import org.un.sc1540.workflow.bench.SlowSmtpRelay;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * 193 notes verbales, one per State, through the engine — a process start per State from four
 * client threads, the asynchronous send job on the job executor, the template in the State's
 * language, the correspondence register, SMTP — against {@code JavaMailSender} sending the same
 * 193 rendered messages:
 * <ul>
 *   <li>{@code dispatchRatio}: to the embedded SMTP server in the same JVM; the raw side's best rate
 *       over 1, 2, 4 and 8 connections;
 *   <li>{@code dispatchRelayRatio}: to an SMTP relay in another process that takes 50 ms to accept
 *       each message, both sides with the job executor's parallelism (as many connections as job
 *       threads).
 * </ul>
 * Each side is measured {@value #RUNS} times, alternately; the best run of each counts.
 */
class DispatchBenchmark {

  static final double TARGET = 0.5;
  static final double TARGET_RELAY = 0.9;
  static final int RELAY_DELAY_MILLIS = 50;
  static final int RUNS = 3;
  static final int[] EMBEDDED_CONNECTIONS = {1, 2, 4, 8};
  /** Concurrent callers starting the processes, as a campaign's REST client or multi-instance would. */
  static final int CLIENT_THREADS = 4;

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @Test
  void engineDispatchAgainstRawJavaMailSender() throws Exception {
    try (ConfigurableApplicationContext app = start("Embedded", List.of())) {
      Map<String, Object> details = measure(app, EMBEDDED_CONNECTIONS);
      double ratio = (double) details.remove("ratio");
      details.put("SMTP server", "the embedded GreenMail server, in the same JVM");
      details.put("definition", "engine rate / best raw JavaMailSender rate (best of " + RUNS + " runs each)");
      BenchResults.record("dispatchRatio", ratio, BenchResults.Goal.AT_LEAST, TARGET, "×", details);
    }

    if (Boolean.getBoolean("bench.dispatch.embeddedOnly")) {
      return;
    }
    int port = ChildJvm.freePort();
    try (ChildJvm relay = ChildJvm.startMain(SlowSmtpRelay.class.getName(), List.of("-Xmx64m"),
        List.of(Integer.toString(port), Integer.toString(RELAY_DELAY_MILLIS)), port)) {
      relay.awaitPort(Duration.ofSeconds(30));
      try (ConfigurableApplicationContext app = start("Relay",
          List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port))) {
        int jobThreads = app.getEnvironment().getRequiredProperty("camunda.bpm.job-execution.max-pool-size",
            Integer.class);
        Map<String, Object> details = measure(app, new int[] {jobThreads});
        double ratio = (double) details.remove("ratio");
        details.put("SMTP server", "SlowSmtpRelay in another JVM, " + RELAY_DELAY_MILLIS + " ms to accept each message");
        details.put("parallelism", jobThreads + " job-executor threads against " + jobThreads + " raw connections");
        details.put("definition", "engine rate / raw JavaMailSender rate at the same parallelism (best of " + RUNS
            + " runs each)");
        BenchResults.record("dispatchRelayRatio", ratio, BenchResults.Goal.AT_LEAST, TARGET_RELAY, "×", details);
      }
    }
  }

  private static ConfigurableApplicationContext start(String name, List<String> args) {
    List<String> all = new ArrayList<>(List.of("--spring.profiles.active=bench", "--server.port=0",
        "--camunda.bpm.process-engine-name=dispatch" + name, "--logging.level.root=WARN",
        "--logging.level.org.un.sc1540.workflow.bench=INFO"));
    all.addAll(args);
    return new SpringApplicationBuilder(CommitteeWorkflowApplication.class).run(all.toArray(String[]::new));
  }

  private Map<String, Object> measure(ConfigurableApplicationContext app, int[] connections) throws Exception {
    Side side = new Side(app);
    app.getBean(RepositoryService.class).createDeployment().name("letter-test")
        .addClasspathResource("notification/LetterTestProcess.bpmn").deploy();
    List<MemberState> states = new ArrayList<>(app.getBean(RegistryService.class).states().values());

    // Warm both paths up (JIT, connections, template cache) before measuring either.
    side.raw(side.rendered(states.subList(0, 40)), 2);
    side.engine(states.subList(0, 40));

    Map<String, List<Double>> rawRuns = new LinkedHashMap<>();
    List<Double> engineRuns = new ArrayList<>();
    List<Double> engineCpu = new ArrayList<>();
    List<Double> rawCpu = new ArrayList<>();
    double bestRaw = Double.MAX_VALUE;
    for (int run = 0; run < RUNS; run++) {
      for (int threads : connections) {
        List<MimeMessage> messages = side.rendered(states);
        long cpu = OS.getProcessCpuTime();
        double seconds = side.raw(messages, threads);
        rawCpu.add((OS.getProcessCpuTime() - cpu) / 1e6 / states.size());
        rawRuns.computeIfAbsent(threads + " connection(s), s", k -> new ArrayList<>()).add(BenchResults.round(seconds));
        bestRaw = Math.min(bestRaw, seconds);
      }
      long cpu = OS.getProcessCpuTime();
      engineRuns.add(BenchResults.round(side.engine(states)));
      engineCpu.add((OS.getProcessCpuTime() - cpu) / 1e6 / states.size());
    }
    int most = connections[connections.length - 1];
    List<MimeMessage> messages = side.rendered(states);
    double ownConnections = side.rawConnectionPerLetter(messages, most);
    double bestEngine = engineRuns.stream().min(Double::compare).orElseThrow();

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("ratio", BenchResults.round(bestRaw / bestEngine));
    details.put("letters", states.size());
    details.put("raw best, s", BenchResults.round(bestRaw));
    details.put("raw best, letters/s", BenchResults.round(states.size() / bestRaw));
    details.put("engine best, s", bestEngine);
    details.put("engine best, letters/s", BenchResults.round(states.size() / bestEngine));
    details.put("raw runs (one connection per thread, letters in a row)", rawRuns);
    details.put("engine runs, s", engineRuns);
    details.put("JVM CPU per letter, engine path, ms (median)", median(engineCpu));
    details.put("JVM CPU per letter, raw path, ms (median)", median(rawCpu));
    details.put("raw, a new connection for every letter, " + most + " threads, s", BenchResults.round(ownConnections));
    details.put("client threads starting the processes", CLIENT_THREADS);
    details.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load average "
        + BenchResults.round(OS.getSystemLoadAverage()));
    return details;
  }

  /** Both sides of the comparison, in one application. */
  static final class Side {

    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final NotificationService notifications;
    private final LetterComposer composer;
    private final JavaMailSender mailSender;

    Side(ConfigurableApplicationContext app) {
      this.runtime = app.getBean(RuntimeService.class);
      this.jdbc = app.getBean(JdbcClient.class);
      this.notifications = app.getBean(NotificationService.class);
      this.composer = app.getBean(LetterComposer.class);
      this.mailSender = app.getBean(JavaMailSender.class);
    }

    /** One process per State, started from the client threads; done when the register says every letter is sent. */
    double engine(List<MemberState> states) throws Exception {
      String batch = UUID.randomUUID().toString().substring(0, 8);
      long firstId = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM correspondence").query(Long.class).single();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
      try {
        long start = System.nanoTime();
        List<Future<?>> started = new ArrayList<>();
        for (MemberState state : states) {
          started.add(clients.submit(() -> runtime.startProcessInstanceByKey("LetterTestProcess",
              batch + "-" + state.code(), Map.of(SendLetterDelegate.STATE_CODE, state.code(),
                  "reportReceivedOn", "2027-04-12"))));
        }
        for (Future<?> f : started) {
          f.get();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        // Polled every 20 ms, by primary key: the poll must not cost the engine much of the CPU it measures.
        while (sent(firstId) < states.size()) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Only " + sent(firstId) + " of " + states.size()
                + " letters sent after 5 minutes");
          }
          Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1e9;
      } finally {
        clients.shutdown();
      }
    }

    private long sent(long afterId) {
      return jdbc.sql("SELECT COUNT(*) FROM correspondence WHERE id > :afterId AND status = 'SENT'")
          .param("afterId", afterId).query(Long.class).single();
    }

    /** The letters the engine sends, rendered and built the same way, but not registered. */
    List<MimeMessage> rendered(List<MemberState> states) throws Exception {
      List<MimeMessage> messages = new ArrayList<>();
      int number = 100_000;
      for (MemberState state : states) {
        String symbol = "S/AC.44/2099/NV." + number++;
        LetterContent content = composer.compose(state, LetterType.REPORT_ACKNOWLEDGEMENT, symbol, LocalDate.now(),
            Map.of("reportReceivedOn", "2027-04-12"));
        String code = state.code().toLowerCase();
        Letter letter = new Letter(0, symbol, state.code(), LetterType.REPORT_ACKNOWLEDGEMENT,
            state.language().code(), "mission." + code + "@example.org", "poc." + code + "@example.org",
            content.subject(), LocalDate.now(), content.html(), content.text(), "raw", "raw", 1, "raw",
            LetterStatus.PENDING, "<raw." + UUID.randomUUID() + "@committee1540.example.org>", 0, null, Instant.now(),
            null, null, null);
        messages.add(notifications.mimeMessage(letter));
      }
      return messages;
    }

    /** Sends the messages over {@code threads} connections at once, each connection sending its share in a row. */
    double raw(List<MimeMessage> messages, int threads) throws Exception {
      return inParallel(messages, threads, share -> mailSender.send(share.toArray(MimeMessage[]::new)));
    }

    /** The same, but each letter on a connection of its own (a plain JavaMailSenderImpl, no reuse). */
    double rawConnectionPerLetter(List<MimeMessage> messages, int threads) throws Exception {
      JavaMailSenderImpl configured = (JavaMailSenderImpl) mailSender;
      JavaMailSenderImpl plain = new JavaMailSenderImpl();
      plain.setSession(configured.getSession());
      plain.setHost(configured.getHost());
      plain.setPort(configured.getPort());
      return inParallel(messages, threads, share -> share.forEach(plain::send));
    }

    private interface Sending {
      void send(List<MimeMessage> share) throws Exception;
    }

    private static double inParallel(List<MimeMessage> messages, int threads, Sending sending) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<MimeMessage> share = new ArrayList<>();
          for (int i = t; i < messages.size(); i += threads) {
            share.add(messages.get(i));
          }
          done.add(pool.submit(() -> {
            sending.send(share);
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        return (System.nanoTime() - start) / 1e9;
      } finally {
        pool.shutdown();
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return BenchResults.round(sorted.get(sorted.size() / 2));
  }
}

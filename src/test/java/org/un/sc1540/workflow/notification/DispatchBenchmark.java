package org.un.sc1540.workflow.notification;

import jakarta.mail.internet.MimeMessage;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.un.sc1540.workflow.bench.BenchResults;
import org.un.sc1540.workflow.registry.MemberState;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * 193 notes verbales, one per State, through the engine (process start, async job, template,
 * register, SMTP) against the best raw rate of JavaMailSender sending the same 193 rendered
 * messages to the same SMTP server in the same JVM. Run with {@code ./mvnw -Pbench test}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=bench-dispatch")
@ActiveProfiles("bench")
class DispatchBenchmark {

  static final double TARGET = 0.9;
  private static final int[] RAW_THREADS = {1, 2, 4, 8};
  /** Concurrent callers starting the processes, as a campaign's REST client or multi-instance would. */
  private static final int CLIENT_THREADS = 4;

  @Autowired NotificationService notifications;
  @Autowired LetterComposer composer;
  @Autowired RegistryService registry;
  @Autowired JavaMailSender mailSender;
  @Autowired EmbeddedSmtpServer smtp;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcClient jdbc;

  @Test
  void engineDispatchKeepsUpWithRawSmtp() throws Exception {
    repositoryService.createDeployment().name("letter-test").addClasspathResource("notification/LetterTestProcess.bpmn")
        .deploy();
    List<MemberState> states = new ArrayList<>(registry.states().values());

    // Warm both paths up (JIT, connection set-up, template cache) before measuring either.
    sendRaw(rendered(states.subList(0, 30)), 2);
    dispatch(states.subList(0, 30));

    Map<String, Object> raw = new LinkedHashMap<>();
    double bestRawSeconds = Double.MAX_VALUE;
    for (int threads : RAW_THREADS) {
      List<MimeMessage> messages = rendered(states);
      double seconds = sendRaw(messages, threads);
      raw.put(threads + " thread(s), s", round(seconds));
      bestRawSeconds = Math.min(bestRawSeconds, seconds);
    }
    double engineSeconds = dispatch(states);

    double ratio = bestRawSeconds / engineSeconds;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("letters", states.size());
    details.put("raw JavaMailSender", raw);
    details.put("raw best, letters/s", round(states.size() / bestRawSeconds));
    details.put("engine, s", round(engineSeconds));
    details.put("engine, letters/s", round(states.size() / engineSeconds));
    BenchResults.record("dispatch", "engine rate / best raw JavaMailSender rate, 193 notes", round(ratio) + "×",
        "≥ " + TARGET + "×", ratio >= TARGET, details);
  }

  /**
   * Starts one process per State, from as many client threads as a REST client would use, and
   * waits until the register says every letter is sent.
   */
  private double dispatch(List<MemberState> states) throws Exception {
    String batch = UUID.randomUUID().toString().substring(0, 8);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
    try {
      long start = System.nanoTime();
      List<Future<?>> started = new ArrayList<>();
      for (MemberState state : states) {
        started.add(clients.submit(() -> runtimeService.startProcessInstanceByKey("LetterTestProcess",
            batch + "-" + state.code(), Map.of(SendLetterDelegate.STATE_CODE, state.code(), "reportReceivedOn", "2027-04-12"))));
      }
      for (Future<?> f : started) {
        f.get();
      }
      System.err.println("DIAG starts done after " + (System.nanoTime() - start) / 1e6 + " ms, sent so far " + sent(batch));
      while (sent(batch) < states.size()) {
        Thread.sleep(2);
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      clients.shutdown();
    }
  }

  private long sent(String batch) {
    return jdbc.sql("SELECT COUNT(*) FROM correspondence WHERE status = 'SENT' AND business_key LIKE :batch")
        .param("batch", batch + "-%").query(Long.class).single();
  }

  /** The same letters the engine sends, rendered and built the same way, but not registered. */
  private List<MimeMessage> rendered(List<MemberState> states) throws Exception {
    List<MimeMessage> messages = new ArrayList<>();
    int number = 100_000;
    for (MemberState state : states) {
      String symbol = "S/AC.44/2099/NV." + number++;
      LetterContent content = composer.compose(state, LetterType.REPORT_ACKNOWLEDGEMENT, symbol, LocalDate.now(),
          Map.of("reportReceivedOn", "2027-04-12"));
      String code = state.code().toLowerCase();
      Letter letter = new Letter(0, symbol, state.code(), LetterType.REPORT_ACKNOWLEDGEMENT, state.language().code(),
          "mission." + code + "@example.org", "poc." + code + "@example.org", content.subject(), LocalDate.now(),
          content.html(), content.text(), "raw", "raw", 1, "raw", LetterStatus.PENDING,
          "<raw." + UUID.randomUUID() + "@committee1540.example.org>", 0, null, Instant.now(), null);
      messages.add(notifications.mimeMessage(letter));
    }
    return messages;
  }

  /** Sends the messages over {@code threads} connections at once, each connection sending its share in a row. */
  private double sendRaw(List<MimeMessage> messages, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<MimeMessage> share = new ArrayList<>();
        for (int i = t; i < messages.size(); i += threads) {
          share.add(messages.get(i));
        }
        done.add(pool.submit(() -> mailSender.send(share.toArray(MimeMessage[]::new))));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdown();
    }
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}

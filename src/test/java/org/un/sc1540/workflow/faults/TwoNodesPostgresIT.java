package org.un.sc1540.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.un.sc1540.workflow.faults.RestDispatch.RegisteredLetter;
import org.un.sc1540.workflow.PostgresSchema;

/**
 * Fault test 3: two application nodes (JVMs of the same jar, different ports) on one PostgreSQL
 * schema, both with their job executor on and the same SMTP server. A dispatch to the 193 Member
 * States started on node 1 is sent by both job executors, each letter once, with unique symbols.
 */
class TwoNodesPostgresIT {

  private static final Logger LOG = LoggerFactory.getLogger(TwoNodesPostgresIT.class);
  private static final List<String> NODES = List.of("node-1", "node-2");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration DISPATCH_TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path directory;
  private GreenMail smtp;
  private PostgresSchema schema;
  private final List<ApplicationJvm> nodes = new ArrayList<>();

  @BeforeEach
  void startTheSmtpServerAndCreateTheSchema() {
    Quiet.logging();
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    schema = PostgresSchema.create("nodes");
  }

  @AfterEach
  void stopTheNodesAndDropTheSchema() {
    try {
      nodes.forEach(ApplicationJvm::stop);
    } finally {
      smtp.stop();
      schema.drop();
    }
  }

  @Test
  void twoNodesOnOneDatabaseSendEachNoteOnceWithUniqueSymbolsAndShareTheJobs() throws Exception {
    // Given two nodes on one database, the second started once the first has created the schema
    List<Http> http = new ArrayList<>();
    for (String name : NODES) {
      ApplicationJvm node = new ApplicationJvm(name, directory.resolve(name), arguments(name));
      nodes.add(node);
      node.start();
      http.add(node.awaitReady(START_TIMEOUT));
    }
    RestDispatch dispatch = new RestDispatch(http.get(0), "TWO-NODES");
    List<String> states = dispatch.memberStates();
    assertThat(states).hasSize(193);
    dispatch.deployWithJobsHeld();
    dispatch.startOnePerState(states);
    assertThat(dispatch.heldJobs()).isEqualTo(states.size());

    // When a dispatch to every State is started on node 1 and its jobs are released
    long released = System.nanoTime();
    dispatch.releaseJobs();
    Poll.until("every dispatch instance has ended", DISPATCH_TIMEOUT,
        () -> dispatch.finishedInstances() == states.size(),
        () -> dispatch.progress() + "\n" + nodes.get(0).logTail() + "\n" + nodes.get(1).logTail());
    double seconds = (System.nanoTime() - released) / 1e9;

    // Then each note went once, with its own symbol, and both job executors sent some
    Deliveries received = Deliveries.of(List.of(smtp.getReceivedMessages()));
    List<RegisteredLetter> letters = dispatch.on(http.get(1)).register();
    Map<String, Integer> byNode = dispatch.successfulJobRunsByHost();
    LOG.info("Two nodes on one PostgreSQL: {} letters in {} s; send jobs run per node {}; {} distinct Message-IDs in "
            + "{} copies, {} duplicates; {} failed job runs, {} incidents; symbols {}",
        states.size(), Math.round(seconds * 10) / 10.0, byNode, received.distinctMessageIds(), received.totalCopies(),
        received.duplicates(DispatchTestProcess.COPIES_PER_LETTER), dispatch.failedJobRuns(), dispatch.incidents(),
        Symbols.ranges(letters.stream().map(RegisteredLetter::symbol).toList()));
    dispatch.failedJobRunMessages().forEach((message, times) -> LOG.info("Failed job runs ({}x): {}", times, message));

    assertThat(dispatch.endedAt(DispatchTestProcess.END_LETTER_SENT)).isEqualTo(states.size());
    assertThat(letters).hasSize(states.size()).allSatisfy(letter -> assertThat(letter.status()).isEqualTo("SENT"));
    assertThat(letters).extracting(RegisteredLetter::stateCode).containsExactlyInAnyOrderElementsOf(states);
    assertThat(letters).allSatisfy(letter -> {
      assertThat(received.copies(letter.messageId())).as("copies of %s (%s)", letter.messageId(), letter.stateCode())
          .isEqualTo(DispatchTestProcess.COPIES_PER_LETTER);
      assertThat(received.addressees(letter.messageId()))
          .containsExactly(DispatchTestProcess.missionAddress(letter.stateCode()));
    });
    assertThat(received.distinctMessageIds()).isEqualTo(states.size());
    Symbols.assertUniqueAndConsecutive(letters.stream().map(RegisteredLetter::symbol).toList());
    assertThat(byNode).as("successful send-job runs per node").containsOnlyKeys(NODES)
        .allSatisfy((node, runs) -> assertThat(runs).as("send jobs run by %s", node).isPositive());
    assertThat(byNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(states.size());
    assertThat(dispatch.incidents()).isZero();
  }

  private List<String> arguments(String node) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--committee.mail.retry-cycle=R3/PT1S",
        // Written into the engine's job log with every job run: which node ran it.
        "--camunda.bpm.generic-properties.properties.hostname=" + node,
        // Both idle job executors look for jobs every 0.5-1 s (default: 5 s, doubling up to 60 s),
        // so that the second node does not sleep through a dispatch of a few seconds.
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000"));
    arguments.addAll(schema.applicationArguments());
    return arguments;
  }
}

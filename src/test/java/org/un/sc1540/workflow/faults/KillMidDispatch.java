package org.un.sc1540.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.un.sc1540.workflow.faults.RestDispatch.RegisteredLetter;

/**
 * Fault test 2: the application, in a JVM of its own, is killed with SIGKILL while it sends one
 * acknowledgement to each of the 193 Member States, and started again with the same command. No
 * letter may be lost; a letter may arrive twice only from the documented crash window (accepted by
 * the SMTP server, not yet marked sent in the register), and then with the same Message-ID. At most
 * as many letters are in that window as the job executor has threads.
 *
 * <p>The database is the subclass's: a file H2 ({@link KillMidDispatchIT}) or PostgreSQL
 * ({@link KillMidDispatchPostgresIT}).
 */
abstract class KillMidDispatch {

  private static final Logger LOG = LoggerFactory.getLogger(KillMidDispatch.class);
  static final int JOB_EXECUTOR_THREADS = 8;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration DISPATCH_TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path directory;
  private GreenMail smtp;
  private ApplicationJvm application;

  /** How the application reaches its database; the JVM runs in {@code directory}. */
  abstract List<String> databaseArguments(Path directory);

  abstract String databaseName();

  /** Before the application's first start. */
  void createDatabase() {}

  /** After the application has stopped, whatever the test's outcome. */
  void dropDatabase() {}

  @BeforeEach
  void startTheSmtpServerAndCreateTheDatabase() {
    Quiet.logging();
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    createDatabase();
  }

  @AfterEach
  void stopEverything() {
    try {
      if (application != null) {
        application.stop();
      }
    } finally {
      smtp.stop();
      dropDatabase();
    }
  }

  @Test
  void aDispatchKilledMidwayAndRestartedLosesNoLetterAndRepeatsOnlyInTheCrashWindowWithTheSameMessageId()
      throws Exception {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--committee.mail.retry-cycle=R3/PT1S",
        "--camunda.bpm.job-execution.core-pool-size=" + JOB_EXECUTOR_THREADS,
        "--camunda.bpm.job-execution.max-pool-size=" + JOB_EXECUTOR_THREADS,
        // Jobs the killed JVM had locked are free again 5 s after it locked them (default: 5 minutes).
        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
        // The job executor looks for new jobs every 0.5-1 s while idle (default: 5 s, doubling up to 60 s).
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000"));
    arguments.addAll(databaseArguments(directory));
    application = new ApplicationJvm("kill-" + databaseName(), directory.resolve("application"), arguments);

    // Given the application with one acknowledgement per Member State ready to go
    application.start();
    Http http = application.awaitReady(START_TIMEOUT);
    RestDispatch dispatch = new RestDispatch(http, "KILL");
    List<String> states = dispatch.memberStates();
    assertThat(states).hasSize(193);
    dispatch.deployWithJobsHeld();
    dispatch.startOnePerState(states);
    assertThat(dispatch.heldJobs()).isEqualTo(states.size());

    // When it is killed once about half the letters have arrived, and started again
    long released = System.nanoTime();
    dispatch.releaseJobs();
    // GreenMail counts a message once, however many recipients it has.
    boolean halfArrived = smtp.waitForIncomingEmail(DISPATCH_TIMEOUT.toMillis(), states.size() / 2);
    application.kill();
    double secondsToKill = (System.nanoTime() - released) / 1e9;
    assertThat(halfArrived).as("half the letters arrived before the kill\n%s\n%s", dispatch.progress(),
        application.logTail()).isTrue();
    Deliveries atKill = Deliveries.of(List.of(smtp.getReceivedMessages()));
    application.start();
    Http restarted = application.awaitReady(START_TIMEOUT);
    RestDispatch afterRestart = dispatch.on(restarted);
    Poll.until("every dispatch instance has ended", DISPATCH_TIMEOUT,
        () -> afterRestart.finishedInstances() == states.size(),
        () -> afterRestart.progress() + "\n" + application.logTail());
    double seconds = (System.nanoTime() - released) / 1e9;

    // Then every letter arrived, any repeat with its original Message-ID, and the register agrees
    Deliveries received = Deliveries.of(List.of(smtp.getReceivedMessages()));
    List<RegisteredLetter> letters = afterRestart.register();
    Set<String> registeredIds = letters.stream().map(RegisteredLetter::messageId).collect(Collectors.toSet());
    int duplicates = received.duplicates(DispatchTestProcess.COPIES_PER_LETTER);
    LOG.info("Killed mid-dispatch ({}): {} of {} letters had arrived at the kill ({} copies, {} s after the jobs were "
            + "released); after the restart "
            + "{} distinct Message-IDs in {} copies, {} duplicate letter(s) (bound: {} job-executor threads), {} failed "
            + "job runs, {} incidents; symbols {}; {} s from release to the last instance's end; repeated: {}",
        databaseName(), atKill.totalCopies() / DispatchTestProcess.COPIES_PER_LETTER, states.size(),
        atKill.totalCopies(), Math.round(secondsToKill * 10) / 10.0, received.distinctMessageIds(), received.totalCopies(), duplicates, JOB_EXECUTOR_THREADS,
        afterRestart.failedJobRuns(), afterRestart.incidents(),
        Symbols.ranges(letters.stream().map(RegisteredLetter::symbol).toList()), Math.round(seconds),
        received.repeated(DispatchTestProcess.COPIES_PER_LETTER));
    afterRestart.failedJobRunMessages().forEach((message, times) -> LOG.info("Failed job runs ({}x): {}", times, message));

    assertThat(afterRestart.endedAt(DispatchTestProcess.END_LETTER_SENT)).isEqualTo(states.size());
    assertThat(letters).hasSize(states.size())
        .allSatisfy(letter -> assertThat(letter.status()).isEqualTo("SENT"));
    assertThat(letters).extracting(RegisteredLetter::stateCode).containsExactlyInAnyOrderElementsOf(states);
    assertThat(letters).allSatisfy(letter -> assertThat(received.copies(letter.messageId()))
        .as("copies of %s (%s): delivered at least once, whole", letter.messageId(), letter.stateCode())
        .isPositive().isEven());
    assertThat(letters).allSatisfy(letter -> assertThat(received.addressees(letter.messageId()))
        .as("every copy of %s went to the Mission of %s", letter.messageId(), letter.stateCode())
        .containsExactly(DispatchTestProcess.missionAddress(letter.stateCode())));
    assertThat(received.copiesByMessageId().keySet()).as("every Message-ID received is a registered letter's")
        .isEqualTo(registeredIds);
    assertThat(received.distinctMessageIds()).isEqualTo(states.size());
    assertThat(duplicates).as("letters sent twice").isLessThanOrEqualTo(JOB_EXECUTOR_THREADS);
    Symbols.assertUniqueAndConsecutive(letters.stream().map(RegisteredLetter::symbol).toList());
    assertThat(afterRestart.incidents()).isZero();
  }
}

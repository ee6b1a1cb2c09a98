package org.un.sc1540.workflow.faults;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging for tests that start no Spring context in their own JVM: Logback's default is DEBUG for
 * everything, which would bury the test's counts under GreenMail's and the HTTP client's chatter.
 * A connection that a killed application leaves half-way is one line, not GreenMail's stack trace.
 */
final class Quiet {

  private static final Logger LOG = LoggerFactory.getLogger(Quiet.class);

  private Quiet() {}

  static void logging() {
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (thread.getName().startsWith("smtp:")) {
        Throwable root = e;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        LOG.info("SMTP connection {} ended abruptly (its client was killed): {}", thread.getName(),
            String.valueOf(root.getMessage()).lines().findFirst().orElse(""));
      } else if (previous != null) {
        previous.uncaughtException(thread, e);
      } else {
        e.printStackTrace();
      }
    });
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.INFO);
    }
    if (LoggerFactory.getLogger("com.icegreen.greenmail") instanceof ch.qos.logback.classic.Logger greenMail) {
      greenMail.setLevel(Level.WARN);
    }
  }
}

package org.un.sc1540.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 9: started with the {@code prod} profile on the database of a default run,
 * the application served, and {@code admin/admin} and every demonstration user signed in. The
 * packaged application is run as an operator runs it: once as the default run, then with
 * {@code prod} on the same database.
 */
class ProductionIdentityIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final String STRONG_PASSWORD = "correct-horse-battery-staple-1540";

  @TempDir Path directory;
  private final List<ApplicationJvm> started = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    started.forEach(ApplicationJvm::stop);
  }

  @Test
  void productionRefusesToServeADatabaseWithDemonstrationUsersOrTheAdminPassword() throws Exception {
    ApplicationJvm defaultRun = application("default-run", directory.resolve("app"), List.of());
    defaultRun.start();
    defaultRun.awaitReady(START_TIMEOUT);
    defaultRun.stop();

    ApplicationJvm production = application("prod-on-default-data", directory.resolve("app"), List.of(
        "--spring.profiles.active=prod",
        "--camunda.bpm.admin-user.id=chief1540", "--camunda.bpm.admin-user.password=" + STRONG_PASSWORD));
    production.start();
    Poll.until("the prod start to end", START_TIMEOUT, () -> !production.isAlive(), production::logTail);

    String log = Files.readString(directory.resolve("app").resolve("prod-on-default-data.log"));
    assertThat(log).contains("The prod profile refuses to start: the identity store holds demonstration users of "
        + "the default run (coordinator, expert, staff, wg1, wg2, wg3, wg4)")
        .contains("users whose password is a demonstration value such as 'admin' or 'demo', or their own id (admin,");
    assertThat(log).as("the web server never served").doesNotContain("Tomcat started on port");
  }

  @Test
  void productionOnItsOwnDatabaseServesAndBehindTlsSendsHstsAndASecureSessionCookie() throws Exception {
    ApplicationJvm production = application("prod", directory.resolve("prod"), List.of(
        "--spring.profiles.active=prod",
        "--camunda.bpm.admin-user.id=chief1540", "--camunda.bpm.admin-user.password=" + STRONG_PASSWORD));
    production.start();
    Http chief = production.http("chief1540", STRONG_PASSWORD);
    Poll.until("prod to answer", START_TIMEOUT, () -> {
      Http.Response response = chief.tryGet("/api/registry/states/FRA");
      return response != null && response.status() == 200;
    }, production::logTail);

    // As a TLS-terminating proxy on this host forwards a browser's request.
    HttpResponse<String> loginPage = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(production.baseUrl() + "/committee/login"))
            .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(loginPage.statusCode()).isEqualTo(200);
    assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        hsts -> assertThat(hsts).contains("max-age="));
    assertThat(loginPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax"));
  }

  private ApplicationJvm application(String name, Path workingDirectory, List<String> arguments) {
    List<String> all = new ArrayList<>(arguments);
    // Each run its own embedded SMTP port, clear of a default application running on this machine.
    all.add("--committee.mail.embedded.port=" + ApplicationJvm.freePort());
    ApplicationJvm application = new ApplicationJvm(name, workingDirectory, all);
    started.add(application);
    return application;
  }
}

package org.un.sc1540.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.Contact;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Issue 11, findings 1 and 6, in a real browser: a page served by another server (another port,
 * so another origin) makes the browser of a signed-in user send the requests that once deployed a
 * model as {@code admin} and changed a Mission address. They fail, and nothing changed.
 */
@CommitteeTest
class CrossSiteBrowserIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RegistryService registry;

  private Browser browser;
  private HttpServer attacker;
  private volatile String attackerPage = "";

  @BeforeEach
  void openBrowserAndAttackerSite() throws IOException {
    Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: no Chromium at " + Browser.CHROMIUM);
    attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    attacker.createContext("/", exchange -> {
      byte[] page = attackerPage.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    attacker.start();
    browser = new Browser(application());
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
    if (attacker != null) {
      attacker.stop(0);
    }
  }

  @Test
  void aPageOnAnotherOriginCannotDeployAModelThroughTheBrowserOfASignedInAdministrator() {
    signIn("admin", "admin");
    browser.open("/camunda/app/cockpit/default/");
    browser.await(By.cssSelector("body"));
    // Even credentials the browser holds for the engine REST API (given in the address once) do not help.
    browser.driver().get("http://admin:admin@localhost:" + port + "/engine-rest/deployment");
    String name = "cross-site-browser-" + UUID.randomUUID();
    attackerPage = """
        <!DOCTYPE html><html><body><script>
        const parts = new FormData();
        parts.append('deployment-name', '%s');
        parts.append('data', new Blob(['<definitions/>'], {type: 'text/xml'}), 'evil.bpmn');
        fetch('%s/engine-rest/deployment/create', {method: 'POST', body: parts, mode: 'no-cors', credentials: 'include'})
          .finally(() => document.title = 'done');
        </script></body></html>""".formatted(name, application());

    visitAttacker();

    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    browser.screenshot("cross-site-01-deployment-refused");
  }

  @Test
  void aFormOnAnotherOriginCannotChangeAMissionAddressThroughTheBrowserOfSignedInStaff() {
    List<Contact> before = registry.currentContacts("PRT");
    signIn("staff", "demo");
    // A text/plain form whose one field name and value spell a CSV file: the classic way to post a body.
    attackerPage = """
        <!DOCTYPE html><html><body>
        <form id="f" method="post" enctype="text/plain" action="%s/api/registry/contacts">
        <input type="hidden" name="state,role,name,organization,email,valid_from&#10;PRT,MISSION,Permanent Mission of Portugal,,mission.prt@attacker.example,2026-01-01&#10;x" value="">
        </form><script>document.getElementById('f').submit();</script></body></html>""".formatted(application());

    browser.driver().get(attackerUrl());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(driver -> driver.getCurrentUrl().startsWith(application()));

    assertThat(browser.driver().getPageSource()).containsAnyOf("Cross-site request refused", "not accepted here",
        "Forbidden");
    browser.screenshot("cross-site-02-mission-address-unchanged");
    assertThat(registry.currentContacts("PRT")).isEqualTo(before);
  }

  private void visitAttacker() {
    browser.driver().get(attackerUrl());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> "done".equals(driver.getTitle()));
  }

  private String application() {
    return "http://localhost:" + port;
  }

  private String attackerUrl() {
    return "http://localhost:" + attacker.getAddress().getPort() + "/";
  }

  private void signIn(String user, String password) {
    browser.open("/committee/login");
    browser.await(By.id("username")).sendKeys(user);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    browser.await(By.cssSelector("header .user"));
  }
}

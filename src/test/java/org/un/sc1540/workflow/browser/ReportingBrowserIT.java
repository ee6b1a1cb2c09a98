package org.un.sc1540.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.FirstReportReminderProcess;

/**
 * The reminder cycles as the secretariat works them in the real Tasklist, in Debian's Chromium:
 * task names that say the State, a report recorded from Tasklist with its date typed as ISO text,
 * and the outcome the recorder reads. Skipped, with a message, where no Chromium is installed.
 */
@CommitteeTest
class ReportingBrowserIT {


  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired RegistryService registry;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: no Chromium at " + Browser.CHROMIUM
        + " and " + Browser.CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
    BpmnAwareTests.init(processEngine);
    browser = new Browser("http://localhost:" + port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void staffSeeEachStateInTheTaskListAndRecordAReportWhoseIsoDateArrivesAsTyped() {
    ProcessInstance gambia = runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, "GMB",
        Map.of(FirstReportReminderProcess.STATE_CODE, "GMB"));
    runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, "NGA",
        Map.of(FirstReportReminderProcess.STATE_CODE, "NGA"));

    signInToTasklist("staff", "demo");
    browser.click(By.xpath("//a[contains(normalize-space(),'Secretariat tasks')]"));
    browser.awaitText(By.cssSelector("body"), "Review the note — Gambia (GMB)");
    browser.awaitText(By.cssSelector("body"), "Review the note — Nigeria (NGA)");
    browser.screenshot("07-tasklist-tasks-named-after-their-state");

    browser.click(By.xpath("//a[normalize-space()='Start process']"));
    browser.click(By.xpath("//a[contains(normalize-space(),'Record national report')]"));
    fieldLabelled("State (ISO 3166-1 alpha-3 code)").sendKeys("GMB");
    fieldLabelled("Date received").sendKeys("2026-11-20" + Keys.TAB);
    browser.screenshot("08-tasklist-record-national-report");
    browser.click(By.xpath("//button[normalize-space()='Start']"));
    browser.awaitGone(By.xpath("//button[normalize-space()='Start']"));

    browser.click(By.xpath("//a[contains(normalize-space(),'My tasks')]"));
    browser.click(By.xpath("//a[contains(normalize-space(),'Read the outcome — Gambia (GMB)')]"));
    browser.awaitText(By.cssSelector("body"), "Its reminder cycle has ended");
    browser.screenshot("09-tasklist-outcome-of-the-recording");

    assertThat(registry.firstReportDate("GMB")).contains(LocalDate.of(2026, 11, 20));
    BpmnAwareTests.assertThat(gambia).isWaitingAt(FirstReportReminderProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  @Test
  void theReminderCyclesPageLinksARunningCycleToItsInstanceInCockpit() {
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, "GHA",
        Map.of(FirstReportReminderProcess.STATE_CODE, "GHA"));

    signInToTheCommitteesPages("coordinator", "demo");
    browser.open("/committee/reporting?state=GHA");
    browser.awaitText(By.id("cycles"), "Ghana");
    browser.screenshot("10-reminder-cycles-page");
    browser.click(By.xpath("//table[@id='cycles']//a[normalize-space()='open']"));

    try {
      browser.awaitText(By.cssSelector("body"), cycle.getId());
    } finally {
      browser.screenshot("11-cockpit-opened-from-the-reminder-cycles-page");
    }
    assertThat(browser.currentPath()).startsWith("/camunda/app/cockpit/default/#/process-instance/" + cycle.getId());
  }

  private WebElement fieldLabelled(String label) {
    String id = browser.await(By.xpath("//label[contains(.,'" + label + "')]")).getAttribute("for");
    return browser.driver().findElement(By.id(id));
  }

  /** The Committee's sign-in also opens the webapps' session, so Cockpit needs no second sign-in. */
  private void signInToTheCommitteesPages(String user, String password) {
    browser.open("/committee/login");
    browser.await(By.id("username")).sendKeys(user);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    browser.await(By.cssSelector("header .user"));
  }

  private void signInToTasklist(String user, String password) {
    browser.signInToWebapp("tasklist", user, password);
  }
}

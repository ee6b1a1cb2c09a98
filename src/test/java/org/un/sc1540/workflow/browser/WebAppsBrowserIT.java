package org.un.sc1540.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.notification.LetterRequest;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.notification.NotificationService;
import org.un.sc1540.workflow.reporting.FirstReportReminderProcess;

/**
 * The real Tasklist, Cockpit and Committee pages in Debian's Chromium. Skipped, with a message,
 * where no Chromium is installed (a fresh machine); .ci/run installs it, so CI runs them.
 */
@CommitteeTest
class WebAppsBrowserIT {

  @LocalServerPort int port;
  @Autowired NotificationService notifications;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CorrespondenceRegister register;
  @Autowired EmbeddedSmtpServer smtp;


  private Browser browser;

  @BeforeEach
  void openBrowser() {
    Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: no Chromium at " + Browser.CHROMIUM
        + " and " + Browser.CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
    browser = new Browser("http://localhost:" + port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAnonymousVisitorIsSentToTheLogin() {
    browser.open("/committee/correspondence");

    browser.await(By.id("username"));
    assertThat(browser.currentPath()).startsWith("/committee/login");
    browser.screenshot("01-anonymous-sent-to-login");

    browser.open("/camunda/app/tasklist/");
    browser.await(By.id("username"));
    assertThat(browser.currentPath()).startsWith("/committee/login");
    browser.screenshot("02-tasklist-sends-to-the-committee-login");
  }

  /** One sign-out: leaving Tasklist ends the session everywhere, and its login view is the Committee's. */
  @Test
  void signingOutOfTasklistLandsOnTheCommitteesLoginPageAndEndsTheCommitteeSession() {
    signInToWebapp("tasklist", "staff", "demo");

    // Tasklist may take a while to start on a busy machine.
    browser.awaitClickable(By.cssSelector("li.account a.dropdown-toggle"), java.time.Duration.ofSeconds(120)).click();
    browser.click(By.cssSelector("li.account li.logout a"));

    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .until(driver -> driver.getCurrentUrl().contains("/committee/login"));
    browser.screenshot("07-tasklist-sign-out-to-committee-login");
    browser.open("/committee/correspondence");
    browser.await(By.id("username"));
    assertThat(browser.currentPath()).startsWith("/committee/login");
  }

  @Test
  void staffSeeALetterInTheCorrespondenceRegisterAsTheSmtpServerReceivedIt() {
    Letter letter = notifications.send(new LetterRequest("FRA", LetterType.REPORT_ACKNOWLEDGEMENT,
        UUID.randomUUID().toString(), "Task_SendAcknowledgement", 1, "FRA", Map.of("reportReceivedOn", "2027-04-12")));

    signIn("staff", "demo");
    browser.open("/committee/correspondence?state=FRA");
    browser.awaitText(By.id("letters"), letter.symbol());
    browser.screenshot("05-correspondence-register");

    browser.driver().findElement(By.linkText(letter.symbol())).click();
    browser.awaitText(By.id("received-headers"), letter.messageId());
    // Decoded for people: the subject and the French text as they read, not quoted-printable.
    assertThat(browser.driver().findElement(By.id("received-headers")).getText()).contains(letter.subject());
    assertThat(browser.driver().findElement(By.id("received")).getText()).contains("Gouvernement")
        .doesNotContain("=C3=A9");
    assertThat(browser.driver().findElement(By.id("raw")).getAttribute("textContent"))
        .contains("Content-Language: fr");
    browser.screenshot("06-letter-as-received");
  }

  @Test
  void staffReviewTheNoteVerbaleInTasklistAndTheNoteArrivesAtTheSmtpServer() throws Exception {
    String state = "MLI";
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, state,
        Map.of(FirstReportReminderProcess.STATE_CODE, state));
    Task review = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
    String paragraph = "Le Comité rappelle l'atelier régional tenu à Bamako.";

    signInToWebapp("tasklist", "staff", "demo");
    browser.awaitText(By.cssSelector("body"), "Secretariat tasks");
    browser.screenshot("03a-tasklist-filters");
    browser.open("/camunda/app/tasklist/default/#/?task=" + review.getId());
    browser.awaitClickable(By.xpath("//button[normalize-space()='Claim'] | //a[normalize-space()='Claim']")).click();
    browser.awaitClickable(By.xpath("//label[contains(.,'Send the note now')]")).click();
    browser.awaitText(By.cssSelector("body"), "The note is written in French (fr)");
    browser.awaitText(By.cssSelector("body"), "Write the paragraph in French (fr)");
    browser.driver().findElement(By.xpath("//label[contains(.,'assistance in preparing the report')]")).click();
    browser.typeInto("Additional paragraph", paragraph);
    // Once there is a paragraph, the form asks whether it is written in the note's language.
    browser.awaitText(By.cssSelector("body"), "The paragraph is written in the language of the note");
    browser.screenshot("03-tasklist-review-note-form");
    browser.click(By.xpath("//button[normalize-space()='Complete']"));
    browser.awaitGone(By.xpath("//button[normalize-space()='Complete']"));

    Job send = managementService.createJobQuery().processInstanceId(cycle.getId()).singleResult();
    managementService.executeJob(send.getId());

    Letter note = register.forProcessInstance(cycle.getId()).get(0);
    assertThat(note.status()).isEqualTo(LetterStatus.SENT);
    assertThat(note.language()).isEqualTo("fr");
    assertThat(note.bodyText()).contains(paragraph);
    assertThat(smtp.receivedMessages()).anySatisfy(m -> assertThat(m.getMessageID()).isEqualTo(note.messageId()));
  }

  @Test
  void aCoordinatorFindsAReminderCycleInCockpitByItsBusinessKey() {
    String state = "TCD";
    String processInstanceId = runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, state,
        Map.of(FirstReportReminderProcess.STATE_CODE, state)).getId();
    runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, "NER",
        Map.of(FirstReportReminderProcess.STATE_CODE, "NER"));
    String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getProcessDefinitionId();

    signInToWebapp("cockpit", "coordinator", "demo");
    browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    searchBy("Business Key", state);

    browser.awaitText(By.cssSelector("[cam-widget-search] .total-results"), "1");
    browser.awaitText(By.cssSelector("table"), processInstanceId);
    browser.screenshot("04-cockpit-instance-by-business-key");
  }

  /** Issue 13.3: the letter page's Cockpit link opens the letter's own instance, for those who may open Cockpit. */
  @Test
  void aCoordinatorOpensTheLettersReminderCycleInCockpitFromTheLetterPageAndStaffSeeNoSuchLink() {
    String state = "SEN";
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, state,
        Map.of(FirstReportReminderProcess.STATE_CODE, state));
    Task review = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
    taskService.complete(review.getId(), Map.of(
        FirstReportReminderProcess.REVIEW_DECISION, FirstReportReminderProcess.DECISION_SEND,
        FirstReportReminderProcess.MENTION_ASSISTANCE, false,
        FirstReportReminderProcess.ADDITIONAL_PARAGRAPH, ""));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(cycle.getId())
        .singleResult().getId());
    Letter note = register.forProcessInstance(cycle.getId()).get(0);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getId()).count())
        .as("the cycle still runs: it waits for the report").isEqualTo(1);

    signIn("coordinator", "demo");
    browser.open("/committee/correspondence/" + note.id());
    browser.awaitText(By.tagName("h2"), note.symbol());
    browser.click(By.id("cockpit-link"));
    // Cockpit may take long to start on a busy machine (see ReviewBrowserIT).
    browser.awaitText(By.cssSelector("body"), cycle.getId(), Duration.ofSeconds(120));
    assertThat(browser.currentPath()).startsWith("/camunda/app/cockpit/default/#/process-instance/" + cycle.getId());
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("No running process instance");
    browser.screenshot("13-cockpit-opened-from-a-letter");
    browser.close();

    browser = new Browser("http://localhost:" + port);
    signIn("staff", "demo");
    browser.open("/committee/correspondence/" + note.id());
    browser.awaitText(By.tagName("h2"), note.symbol());
    assertThat(browser.driver().findElements(By.id("cockpit-link"))).as("staff may not open Cockpit").isEmpty();
    assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Cockpit");
    browser.screenshot("14-letter-page-for-staff-without-cockpit-link");
  }

  /** Issue 13.5: staff who reach Cockpit anyway see the Committee's 403 page in plain words. */
  @Test
  void staffOpeningCockpitSeeTheCommitteesPlainWordsForbiddenPage() {
    signIn("staff", "demo");
    browser.open("/camunda/app/cockpit/default/");

    browser.awaitText(By.cssSelector("main .problem"), "You may not open this page");
    String page = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(page).contains("403 · Not allowed").contains("Cockpit to coordinators")
        .contains("ask an administrator to add you to the right group")
        .doesNotContain("Whitelabel").doesNotContain("\"status\"").doesNotContain("{");
    assertThat(browser.driver().findElement(By.linkText("Back to the Committee's home page")).getAttribute("href"))
        .endsWith("/committee/");
    browser.screenshot("15-staff-cockpit-forbidden-page");
  }

  /**
   * Adds a criterion to Cockpit's instance search. Cockpit's search widget sometimes ignores the
   * first pick from its list while the page is still settling, so the pick is tried again.
   */
  private void searchBy(String criterion, String value) {
    By valueField = By.cssSelector(".search-container input.form-control:not(.main-field)");
    By criteria = By.cssSelector("input.main-field");
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement field = browser.awaitClickable(criteria);
        field.clear();
        field.click();
        field.sendKeys(criterion);
        browser.awaitClickable(By.xpath("//ul[contains(@class,'dropdown-menu')]//a[contains(.,'" + criterion + "')]"))
            .click();
        browser.awaitClickable(valueField, Duration.ofSeconds(5)).sendKeys(value + Keys.ENTER);
        return;
      } catch (TimeoutException | org.openqa.selenium.StaleElementReferenceException notPicked) {
        // The page redrew under the search (a slow start): the search is tried again from its field.
        if (attempt == 3) {
          browser.screenshot("failed-cockpit-search");
          throw notPicked;
        }
      }
    }
  }

  private WebElement fieldLabelled(String label) {
    String id = browser.await(By.xpath("//label[contains(.,'" + label + "')]")).getAttribute("for");
    return browser.driver().findElement(By.id(id));
  }

  private void signIn(String user, String password) {
    browser.open("/committee/login");
    browser.await(By.id("username")).sendKeys(user);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    browser.await(By.cssSelector("header .user"));
  }

  private void signInToWebapp(String app, String user, String password) {
    browser.signInToWebapp(app, user, password);
  }

}

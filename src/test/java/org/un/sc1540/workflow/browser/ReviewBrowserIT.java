package org.un.sc1540.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.review.ComprehensiveReviewProcess;

/**
 * The comprehensive review in the real Tasklist: a coordinator starts it from its start form, and
 * at the start of February a working group member finds the month's step in the group's filter,
 * with its form. Skipped where no Chromium is installed, like the other browser tests.
 */
@CommitteeTest
class ReviewBrowserIT {

  /** A leap year: February has 29 days. */
  private static final int YEAR = 2084;

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private Browser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCoordinatorStartsTheReviewFromTasklistAndWorkingGroupOneFindsFebruarysStep() {
    Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: no Chromium at " + Browser.CHROMIUM);
    at(LocalDateTime.of(YEAR, 1, 10, 9, 0));
    browser = new Browser("http://localhost:" + port);
    signInToTasklist("coordinator", "demo");

    browser.awaitClickable(By.xpath("//a[contains(., 'Start process')]")).click();
    browser.awaitClickable(By.xpath("//a[contains(., 'Comprehensive review')]")).click();
    browser.await(By.cssSelector("[id$='Field_ReviewYear']")).sendKeys(String.valueOf(YEAR) + org.openqa.selenium.Keys.TAB);
    browser.screenshot("review-01-start-form");
    browser.awaitClickable(By.xpath("//button[normalize-space(.)='Start']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> runtimeService
        .createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + YEAR).count() == 1);

    ProcessInstance review = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + YEAR)
        .singleResult();
    assertThat(runtimeService.getVariable(review.getId(), ComprehensiveReviewProcess.REPORT_DUE_DATE)).isEqualTo(YEAR + "-11-30");
    browser.close();

    at(LocalDateTime.of(YEAR, 2, 1, 0, 1));
    runReviewJobs(review.getId(), YEAR);
    browser = new Browser("http://localhost:" + port);
    signInToTasklist("wg1", "demo");
    browser.awaitClickable(By.xpath("//*[contains(@class,'filters')]//a[contains(., 'Working group 1 tasks')]"))
        .click();
    browser.awaitClickable(By.xpath("//a[contains(., 'Discuss implementation trends from a partial matrix review')]"));
    // Another test's review may have the same step open: this review's task, by its id.
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(
        ComprehensiveReviewProcess.stepBusinessKey(YEAR, "FEB_PARTIAL_MATRIX_TRENDS"))
        .processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY).singleResult().getId();
    browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.awaitText(By.cssSelector(".fjs-container"), "trends in national implementation");
    browser.awaitText(By.cssSelector(".fjs-container"), "Due 29 February " + YEAR);
    browser.screenshot("review-02-working-group-task");
    browser.close();

    browser = new Browser("http://localhost:" + port);
    signInToWebapp("cockpit", "coordinator", "demo");
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + review.getId() + "/runtime");
    // Cockpit draws the diagram; on a busy machine that takes longer than the usual wait.
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(
          org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container")));
    } catch (org.openqa.selenium.TimeoutException notDrawn) {
      browser.screenshot("failed-review-in-cockpit");
      throw new AssertionError("Cockpit did not draw the review; the browser is at "
          + browser.driver().getCurrentUrl() + ", showing: " + browser.driver().findElement(By.tagName("body")).getText(),
          notDrawn);
    }
    browser.awaitText(By.cssSelector(".djs-container"), "Last step done");
    browser.await(By.cssSelector(".djs-overlay .badge"));
    browser.screenshot("review-03-cockpit-instance");
    // Each step is an instance of its own, named by its business key, where its working group stands.
    ProcessInstance step = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
        ComprehensiveReviewProcess.stepBusinessKey(YEAR, "FEB_PARTIAL_MATRIX_TRENDS")).singleResult();
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + step.getId() + "/runtime");
    browser.awaitText(By.cssSelector(".djs-container"), "Carry out the step");
    browser.awaitText(By.cssSelector("body"), "REVIEW-" + YEAR + "-FEB_PARTIAL_MATRIX_TRENDS");
    browser.screenshot("review-03b-cockpit-step");
  }

  @Test
  void staffFollowTheReviewOnItsCommitteePageAndACoordinatorOpensItInCockpit() {
    Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: no Chromium at " + Browser.CHROMIUM);
    int year = 2086;
    at(LocalDateTime.of(year, 1, 10, 9, 0));
    ProcessInstance review = runtimeService.startProcessInstanceByKey(ComprehensiveReviewProcess.KEY,
        java.util.Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year, ComprehensiveReviewProcess.STATE_CODES, "NRU"));
    runReviewJobs(review.getId(), year);
    at(LocalDateTime.of(year, 2, 1, 0, 1));
    runReviewJobs(review.getId(), year);

    // Working group 1 records its February step, the date typed as the form asks: year-month-day.
    browser = new Browser("http://localhost:" + port);
    signInToTasklist("wg1", "demo");
    assertNoMigrationBanner();
    assertThat(browser.await(By.xpath("//*[contains(@class,'committee-links')]//a[normalize-space()='Review status']"))
        .getAttribute("href")).endsWith("/committee/review");
    browser.awaitClickable(By.xpath("//*[contains(@class,'filters')]//a[contains(., 'Working group 1 tasks')]"))
        .click();
    browser.awaitClickable(By.xpath("//a[contains(., 'Discuss implementation trends from a partial matrix review')]"));
    // Another test's review may have the same step open: this review's task, by its id.
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(
        ComprehensiveReviewProcess.stepBusinessKey(year, "FEB_PARTIAL_MATRIX_TRENDS"))
        .processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY).singleResult().getId();
    browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.click(By.xpath("//button[contains(normalize-space(),'Claim')]"));
    browser.awaitGone(By.xpath("//button[normalize-space()='Claim']"));
    browser.typeInto("Decision or result", "Trends noted");
    // A date in the future is refused by the step's service: its reason in plain words, under a
    // plain heading instead of Tasklist's "An error happened while submitting the task form".
    browser.typeInto("Date", year + "-03-01");
    fieldLabelled("Date").sendKeys(org.openqa.selenium.Keys.TAB);
    browser.click(By.xpath("//button[normalize-space()='Complete']"));
    browser.awaitText(By.cssSelector(".notifications"), "is in the future");
    assertThat(browser.driver().findElement(By.cssSelector(".notifications")).getText())
        .contains("Not completed").contains("The outcome date " + year + "-03-01 is in the future")
        .doesNotContain("An error happened").doesNotContain("ENGINE-");
    browser.screenshot("review-04a-refusal-in-plain-words");
    // The notice lies over the Complete button until it is closed, as a user closes it.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
      List<org.openqa.selenium.WebElement> shown = driver.findElements(By.xpath(
          "//*[contains(@class,'notifications')]//*[contains(., 'is in the future')]/ancestor-or-self::*"
              + "[.//button[contains(@class,'close')]][1]//button[contains(@class,'close')]")).stream()
          .filter(org.openqa.selenium.WebElement::isDisplayed).toList();
      if (shown.isEmpty()) {
        return true;
      }
      shown.get(0).click();
      return false;
    });
    browser.typeInto("Date", year + "-02-01");
    fieldLabelled("Date").sendKeys(org.openqa.selenium.Keys.TAB);
    browser.screenshot("review-04-working-group-records-its-step");
    browser.click(By.xpath("//button[normalize-space()='Complete']"));
    // The outcome is recorded by the step's own job, which the test runs (the job executor is off).
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
      runReviewJobs(review.getId(), year);
      return jdbc.sql("SELECT COUNT(*) FROM review_step WHERE review_year = :year AND step_id = :step "
          + "AND completed_at IS NOT NULL").param("year", year).param("step", "FEB_PARTIAL_MATRIX_TRENDS")
          .query(Long.class).single() == 1;
    });
    assertThat(jdbc.sql("SELECT outcome_date FROM review_step WHERE review_year = :year AND step_id = :step")
        .param("year", year).param("step", "FEB_PARTIAL_MATRIX_TRENDS").query(java.time.LocalDate.class).single())
        .as("the ISO date as typed, not reinterpreted as month/day/year").isEqualTo(java.time.LocalDate.of(year, 2, 1));
    browser.close();

    browser = new Browser("http://localhost:" + port);
    signInToTheCommitteesPages("staff", "demo");
    browser.click(By.xpath("//header//a[normalize-space()='Comprehensive review']"));
    browser.click(By.xpath("//table[@id='reviews']//a[normalize-space()='" + year + "']"));
    browser.awaitText(By.id("steps-wgImplementation"), "Discuss implementation trends from a partial matrix review");
    assertThat(browser.driver().findElement(By.id("step-FEB_PARTIAL_MATRIX_TRENDS")).getText())
        .contains("February").contains("28 February " + year).contains("done")
        .contains("decision: Trends noted").contains("dated 1 February " + year);
    assertThat(browser.driver().findElement(By.id("step-MAR_MATRIX_CIRCULATION")).getText())
        .contains("not yet released");
    browser.screenshot("review-05-status-page");
    browser.close();

    browser = new Browser("http://localhost:" + port);
    signInToTheCommitteesPages("coordinator", "demo");
    browser.open("/committee/review/" + year);
    browser.click(By.id("cockpit"));
    try {
      browser.awaitText(By.cssSelector("body"), review.getId());
    } finally {
      browser.screenshot("review-06-cockpit-opened-from-the-status-page");
    }
    assertThat(browser.currentPath()).startsWith("/camunda/app/cockpit/default/#/process-instance/" + review.getId());
    assertNoMigrationBanner();
    // The way back, in Cockpit's navigation bar itself (not under "More").
    assertThat(browser.await(By.cssSelector("a.committee-links")).isDisplayed()).isTrue();
  }

  /** Camunda 7 CE's banner about migrating to Camunda 8 is hidden (styles/user-styles.css). */
  private void assertNoMigrationBanner() {
    assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
        .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
  }

  private org.openqa.selenium.WebElement fieldLabelled(String label) {
    String id = browser.await(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]")).getAttribute("for");
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

  /** Runs the due jobs of a review and of its steps (processes of their own, REVIEW-<year>-<stepId>). */
  private void runReviewJobs(String reviewId, int year) {
    runJobs(reviewId);
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ComprehensiveReviewProcess.STEP_PROCESS_KEY)
        .processInstanceBusinessKeyLike(ComprehensiveReviewProcess.stepBusinessKey(year, "%")).list()
        .forEach(step -> runJobs(step.getId()));
  }

  private void runJobs(String processInstanceId) {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private static void at(LocalDateTime newYork) {
    ClockUtil.setCurrentTime(Date.from(newYork.atZone(CommitteeClock.ZONE).toInstant()));
  }

  private void signInToTasklist(String user, String password) {
    signInToWebapp("tasklist", user, password);
  }

  private void signInToWebapp(String app, String user, String password) {
    browser.signInToWebapp(app, user, password);
  }
}

package org.un.sc1540.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.matrix.MatrixCirculation;
import org.un.sc1540.workflow.matrix.MatrixCommentsRecording;
import org.un.sc1540.workflow.matrix.MatrixCommentsService;
import org.un.sc1540.workflow.matrix.StateMatrixReview;

/**
 * The matrix round in the real Tasklist (issue 13.4): the secretariat records a State's comments
 * on its matrix from Tasklist's start form, no curl, the received date typed as ISO text, and
 * reads where they went. Skipped where no Chromium is installed, like the other browser tests.
 */
@CommitteeTest
class MatrixBrowserIT {

  private static final int YEAR = 2026;
  private static final String STATE = "PAN";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired MatrixCommentsService comments;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    Assumptions.assumeTrue(Browser.available(), "Browser tests skipped: no Chromium at " + Browser.CHROMIUM
        + " and " + Browser.CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
    browser = new Browser("http://localhost:" + port);
  }

  @AfterEach
  void closeBrowserAndRemoveTheRound() {
    if (browser != null) {
      browser.close();
    }
    // Rounds first (their States' reviews go with them), then any recording left open.
    for (String key : new String[] {MatrixCirculation.PROCESS_KEY, StateMatrixReview.PROCESS_KEY,
        MatrixCommentsRecording.PROCESS_KEY}) {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
          .processInstanceBusinessKeyLike(MatrixCirculation.businessKey(YEAR) + "%").list()) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
          runtimeService.deleteProcessInstance(instance.getId(), "test finished");
        }
      }
    }
  }

  @Test
  void staffRecordAStatesMatrixCommentsFromTasklistWithAnIsoDateAndReadWhereTheyWent() {
    ProcessInstance review = aRoundWhoseMatrixWasSentTo(STATE);
    at(LocalDateTime.of(YEAR, 5, 21, 9, 0));

    browser.signInToWebapp("tasklist", "staff", "demo");
    browser.click(By.xpath("//a[normalize-space()='Start process']"));
    browser.click(By.xpath("//a[contains(normalize-space(),\"Record a State's matrix comments\")]"));
    fieldLabelled("State (alpha-3 code)").sendKeys(STATE);
    fieldLabelled("Year of the round").sendKeys(String.valueOf(YEAR));
    fieldLabelled("Received on").sendKeys(YEAR + "-05-20");
    // Leave the last field, as a person does: form-js takes typed text after a 300 ms pause or on blur.
    // Without the Tab, a screenshot then a click on Start sent the form without this field in 4 runs of 5.
    fieldLabelled("Where the comments are kept").sendKeys("NV PAN " + YEAR + "/7" + Keys.TAB);
    browser.screenshot("matrix-01-tasklist-record-matrix-comments");
    browser.click(By.xpath("//button[normalize-space()='Start']"));
    browser.awaitGone(By.xpath("//button[normalize-space()='Start']"));

    assertThat(comments.comments(review.getId())).singleElement().satisfies(comment -> {
      assertThat(comment.stateCode()).isEqualTo(STATE);
      assertThat(comment.reviewYear()).isEqualTo(YEAR);
      assertThat(comment.receivedOn()).as("the ISO date as typed, not reinterpreted as month/day/year")
          .isEqualTo(LocalDate.of(YEAR, 5, 20));
      assertThat(comment.recordedBy()).isEqualTo("staff");
      assertThat(comment.reference()).isEqualTo("NV PAN " + YEAR + "/7");
      assertThat(comment.takenUp()).isTrue();
      assertThat(comment.late()).isFalse();
    });
    assertThat(jdbc.sql("SELECT received_on FROM matrix_comment WHERE state_code = :state AND review_year = :year")
        .param("state", STATE).param("year", YEAR).query(LocalDate.class).list())
        .containsExactly(LocalDate.of(YEAR, 5, 20));

    // The form promises "You see where they went when you start": a task for the recorder says so.
    browser.click(By.xpath("//a[contains(normalize-space(),'My tasks')]"));
    browser.click(By.xpath("//a[contains(normalize-space(),'Comments recorded — Panama (PAN)')]"));
    browser.awaitText(By.cssSelector(".fjs-container"), "Comments of Panama (PAN) recorded for the " + YEAR + " round");
    String outcome = browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(outcome).contains("Received 20 May " + YEAR).contains("NV PAN " + YEAR + "/7")
        .contains("Taken up by the experts' review: on time (deadline 29 May " + YEAR + ")");
    browser.screenshot("matrix-02-tasklist-where-the-comments-went");

    Task outcomeTask = taskService.createTaskQuery().processDefinitionKey(MatrixCommentsRecording.PROCESS_KEY)
        .processInstanceBusinessKey(MatrixCommentsRecording.businessKey(YEAR, STATE)).singleResult();
    assertThat(outcomeTask.getAssignee()).isEqualTo("staff");
    assertThat(taskService.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(StateMatrixReview.TASK_REVIEW_COMMENTS).count())
        .as("the experts now review the comments").isEqualTo(1);
  }

  /** A round of one State started 1 March, its review started and its matrix prepared and sent. */
  private ProcessInstance aRoundWhoseMatrixWasSentTo(String state) {
    at(LocalDateTime.of(YEAR, 3, 1, 9, 0));
    ProcessInstance round = runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY, Map.of(
        MatrixCirculation.REVIEW_YEAR, YEAR,
        MatrixCirculation.STATE_CODES, state,
        MatrixCirculation.COMMENT_DEADLINE, LocalDate.of(YEAR, 5, 29).toString()));
    for (Job job : managementService.createJobQuery().processInstanceId(round.getId()).messages().list()) {
      managementService.executeJob(job.getId());
    }
    ProcessInstance review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .processInstanceBusinessKey(StateMatrixReview.businessKey(YEAR, state)).singleResult();
    Task prepare = taskService.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(StateMatrixReview.TASK_PREPARE_MATRIX).singleResult();
    taskService.complete(prepare.getId(), Map.of(
        StateMatrixReview.MATRIX_VERSION, "1",
        StateMatrixReview.MATRIX_URL, "https://documents.example.org/1540/matrices/" + state + ".pdf",
        StateMatrixReview.CHANGES_SUMMARY, "New export-control act added under operative paragraph 3 (d)."));
    Job send = managementService.createJobQuery().processInstanceId(review.getId())
        .activityId(StateMatrixReview.TASK_SEND_MATRIX).singleResult();
    managementService.executeJob(send.getId());
    assertThat(runtimeService.getActiveActivityIds(review.getId()))
        .as("the matrix was sent and the review waits for the State's comments")
        .doesNotContain(StateMatrixReview.TASK_SEND_MATRIX, StateMatrixReview.TASK_FIX_ADDRESS_FOR_MATRIX);
    return review;
  }

  private WebElement fieldLabelled(String label) {
    String id = browser.await(By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]"))
        .getAttribute("for");
    return browser.driver().findElement(By.id(id));
  }

  private static void at(LocalDateTime newYork) {
    ClockUtil.setCurrentTime(Date.from(newYork.atZone(CommitteeClock.ZONE).toInstant()));
  }
}

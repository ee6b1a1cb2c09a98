package org.un.sc1540.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.un.sc1540.workflow.review.ReviewDriver.at;
import static org.un.sc1540.workflow.review.ReviewDriver.startOf;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * Issue 13, point 4: the review's status as a Committee page, for staff who are not coordinators,
 * server-rendered, every step by working group and month, dates in words, a link to Cockpit while
 * the review runs.
 */
@CommitteeTest
class ReviewPagesTest {

  private static final String STATE = "TUV";

  private final TestRestTemplate http;
  private final ReviewDriver driver;
  private final RuntimeService runtimeService;

  ReviewPagesTest(TestRestTemplate http, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, RepositoryService repositoryService, HistoryService historyService) {
    this.http = http;
    this.runtimeService = runtimeService;
    this.driver = new ReviewDriver(runtimeService, taskService, managementService, repositoryService, historyService);
  }

  private ProcessInstance startInJanuary(int year) {
    at(year, 1, 10, 9, 0);
    return driver.start(Map.of(ComprehensiveReviewProcess.REVIEW_YEAR, year,
        ComprehensiveReviewProcess.STATE_CODES, STATE));
  }

  private ResponseEntity<String> page(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void staffSeeEveryStepByWorkingGroupAndMonthWithDatesInWordsAndTheReviewInCockpit() {
    int year = 2082;
    ProcessInstance review = startInJanuary(year);
    startOf(year, 2);
    driver.runJobs(review.getId());
    driver.complete(review.getId(), "FEB_SAVE_THE_DATE", "Notices sent");

    ResponseEntity<String> page = page("staff", "/committee/review/" + year);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    String html = page.getBody();
    assertThat(html).contains("Comprehensive review <span>2082</span>").contains("(running)")
        .contains("Report due <strong>30 November 2082</strong>")
        // Staff may not open Cockpit: no link that would end on the 403 page.
        .doesNotContain("/camunda/app/cockpit/");
    String coordinators = page("coordinator", "/committee/review/" + year).getBody();
    assertThat(coordinators)
        .contains("href=\"/camunda/app/cockpit/default/#/process-instance/" + review.getId() + "\"");
    // Each step under way links to its own instance; a step done has none left to open.
    String trends = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
        ComprehensiveReviewProcess.stepBusinessKey(year, "FEB_PARTIAL_MATRIX_TRENDS")).singleResult().getId();
    assertThat(row(coordinators, "FEB_PARTIAL_MATRIX_TRENDS"))
        .contains("href=\"/camunda/app/cockpit/default/#/process-instance/" + trends + "\"");
    assertThat(row(coordinators, "FEB_SAVE_THE_DATE")).doesNotContain("process-instance/");
    assertThat(html).contains("<h3>Working group 1</h3>").contains("<h3>Working group 4</h3>")
        .contains("<h3>The Committee</h3>");
    assertThat(row(html, "FEB_SAVE_THE_DATE")).contains("<td>February</td>")
        .contains("<td>Send the save-the-date notices</td>").contains("<td>1 February 2082</td>")
        .contains("<td>28 February 2082</td>").contains(">done</td>")
        .contains("Done on 1 February 2082").contains("decision: Notices sent")
        .contains("document S/AC.44/TEST/FEB_SAVE_THE_DATE");
    assertThat(row(html, "FEB_PARTIAL_MATRIX_TRENDS")).contains(">in progress</td>")
        .contains("Discuss implementation trends from a partial matrix review");
    assertThat(html).contains(">not yet released</td>").doesNotContain("WAITING_FOR").doesNotContain("T00:00");
    assertThat(html).as("no link to a matrix round that starts only in March").doesNotContain("/committee/matrix/2082");
  }

  @Test
  void theListOfReviewsLinksEachYearsPage() {
    int year = 2083;
    startInJanuary(year);

    ResponseEntity<String> page = page("expert", "/committee/review");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("href=\"/committee/review/2083\"").contains("REVIEW-2083")
        .contains("30 November 2083");
  }

  @Test
  void theHomePageAndEveryPagesNavigationLinkTheReviewPage() {
    ResponseEntity<String> home = page("staff", "/committee/");

    assertThat(home.getBody()).contains("href=\"/committee/review\"");
  }

  @Test
  void aYearWithoutAReviewShowsTheCommitteesNotFoundPage() {
    ResponseEntity<String> page = page("staff", "/committee/review/2085");
    ResponseEntity<String> notAYear = page("staff", "/committee/review/next");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).contains("There is no such page").contains("href=\"/committee/\"")
        .doesNotContain("Whitelabel");
    assertThat(notAYear.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notAYear.getBody()).contains("There is no such page");
  }

  /** The table row of one step, from its opening tag to its closing one. */
  private static String row(String html, String stepId) {
    int start = html.indexOf("<tr id=\"step-" + stepId + "\"");
    assertThat(start).as("a row for step %s", stepId).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }
}

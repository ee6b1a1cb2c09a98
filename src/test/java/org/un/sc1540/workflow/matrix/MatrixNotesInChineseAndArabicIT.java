package org.un.sc1540.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.FreeTextPlacement;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.notification.ReceivedMail;

/**
 * Matrix notes to a Chinese- and an Arabic-speaking Mission, read back from the (embedded
 * GreenMail) SMTP server as a mail client would: 汇总表 and never 矩阵 in Chinese, right to left in
 * Arabic, and the expert's English summary of changes as an annex marked in the note's language
 * (issue 12, points 6 and 9).
 */
@CommitteeTest
class MatrixNotesInChineseAndArabicIT {

  private static final String CHANGES = "New export-control act of 2026 added under operative paragraph 3 (d).";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EmbeddedSmtpServer smtp;
  @Autowired CorrespondenceRegister register;
  @Autowired TestRestTemplate http;
  @Autowired MatrixReviewService reviews;

  MatrixScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new MatrixScenario(runtimeService, taskService, managementService);
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  private ProcessInstance prepared(String state, int year, Map<String, Object> form) {
    MatrixScenario.at(LocalDate.of(year, 3, 2), 10, 0);
    ProcessInstance review = scenario.startReview(state, year, LocalDate.of(year, 5, 29), Map.of());
    scenario.complete(review.getId(), StateMatrixReview.TASK_PREPARE_MATRIX, form);
    return review;
  }

  private static Map<String, Object> form(String state, String changes) {
    return Map.of(StateMatrixReview.MATRIX_VERSION, "1",
        StateMatrixReview.MATRIX_URL, "https://documents.example.org/1540/matrices/" + state + ".pdf",
        StateMatrixReview.CHANGES_SUMMARY, changes);
  }

  private ReceivedMail received(Letter letter) {
    List<ReceivedMail> copies = ReceivedMail.withMessageId(smtp.receivedMessages(), letter.messageId());
    assertThat(copies).isNotEmpty();
    return copies.get(0);
  }

  @Test
  void theChineseCoveringNoteAndReminderUseTheCommitteesTermAndCarryTheEnglishChangesAsAMarkedAnnex() throws Exception {
    ProcessInstance review = prepared("CHN", 2097, form("CHN", CHANGES));
    assertThat(reviews.changesPlacement(review.getId())).isEqualTo(FreeTextPlacement.ANNEX);

    scenario.executeJob(review.getId(), StateMatrixReview.TASK_SEND_MATRIX);
    scenario.executeJob(review.getId(), StateMatrixReview.EVENT_REMINDER_DUE);
    scenario.executeJob(review.getId(), StateMatrixReview.TASK_SEND_REMINDER);

    List<Letter> letters = register.forProcessInstance(review.getId());
    assertThat(letters).extracting(Letter::type).containsExactly(LetterType.MATRIX_COVERING, LetterType.MATRIX_REMINDER);
    ReceivedMail covering = received(letters.get(0));
    String text = covering.part("text/plain");
    assertThat(covering.header("Content-Language")).isEqualTo("zh");
    assertThat(covering.subject()).isEqualTo("1540委员会更新后的汇总表：请不迟于2097年5月29日提出意见");
    assertThat(text).contains("转递委员会在其专家组协助下于2097年编制的该国更新后的汇总表")
        .contains("自委员会上次核准汇总表以来的主要变化载于本照会附件。")
        .doesNotContain("矩阵");
    assertThat(text.indexOf("附件：以英文提供的案文")).isGreaterThan(text.indexOf("纽约，"));
    assertThat(text.indexOf(CHANGES)).isGreaterThan(text.indexOf("附件：以英文提供的案文"));
    assertThat(covering.part("text/html")).contains("lang=\"zh\"").doesNotContain("矩阵");

    ReceivedMail reminder = received(letters.get(1));
    assertThat(reminder.subject()).isEqualTo("提醒：请不迟于2097年5月29日就1540委员会更新后的汇总表提出意见");
    assertThat(reminder.part("text/plain")).contains("为该国编制的更新后的汇总表").contains(letters.get(0).symbol())
        .doesNotContain("矩阵");
  }

  @Test
  void theArabicCoveringNoteIsRightToLeftAndCarriesTheEnglishChangesAsAMarkedAnnex() throws Exception {
    ProcessInstance review = prepared("EGY", 2096, form("EGY", CHANGES));

    scenario.executeJob(review.getId(), StateMatrixReview.TASK_SEND_MATRIX);

    Letter letter = register.forProcessInstance(review.getId()).get(0);
    ReceivedMail covering = received(letter);
    String text = covering.part("text/plain");
    String html = covering.part("text/html");
    assertThat(covering.header("Content-Language")).isEqualTo("ar");
    assertThat(covering.subject()).startsWith("المصفوفة المستكملة للجنة 1540: التعليقات مطلوبة في موعد أقصاه 29 أيار/مايو 2096");
    assertThat(html).contains("lang=\"ar\"").contains("dir=\"rtl\"").contains("dir=\"auto\">" + CHANGES);
    assertThat(text).contains("تهدي لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004) تحياتها إلى")
        .contains("وتتشرف بأن تحيل إليها المصفوفة المستكملة")
        .contains("وترد في مرفق هذه المذكرة التغييرات الرئيسية التي أدخلت منذ آخر مصفوفة وافقت عليها اللجنة.");
    assertThat(text.indexOf("مرفق: نص مقدم باللغة الإنكليزية")).isGreaterThan(text.indexOf("نيويورك، "));
    assertThat(text.indexOf(CHANGES)).isGreaterThan(text.indexOf("مرفق: نص مقدم باللغة الإنكليزية"));
  }

  @Test
  void changesWrittenInTheNotesLanguageGoInTheChineseNoteItself() throws Exception {
    String changes = "2026年通过了新的出口管制法，列于执行部分第3(d)段。";
    ProcessInstance review = prepared("CHN", 2098, form("CHN", changes));

    scenario.executeJob(review.getId(), StateMatrixReview.TASK_SEND_MATRIX);

    String text = received(register.forProcessInstance(review.getId()).get(0)).part("text/plain");
    assertThat(text).contains("自委员会上次核准汇总表以来的主要变化如下：" + changes).doesNotContain("附件：");
  }

  @Test
  void changesTheExpertConfirmsAreInTheNotesLanguageGoInTheNoteAsWritten() throws Exception {
    // French, but quoting an English title at length: the detector alone would send it as an annex.
    String changes = "« Export Control and Brokering Act of the Kingdom » adoptée en 2026.";
    Map<String, Object> form = new HashMap<>(form("BEL", changes));
    form.put(StateMatrixReview.CHANGES_SUMMARY_IN_LETTER_LANGUAGE, true);
    ProcessInstance review = prepared("BEL", 2089, form);

    scenario.executeJob(review.getId(), StateMatrixReview.TASK_SEND_MATRIX);

    assertThat(reviews.changesPlacement(review.getId())).isEqualTo(FreeTextPlacement.INLINE);
    String text = received(register.forProcessInstance(review.getId()).get(0)).part("text/plain");
    assertThat(text.replace('\u00a0', ' ')).contains("sont les suivantes : " + changes).doesNotContain("Annexe");
  }

  @Test
  void confirmingOverRestThatEnglishChangesAreArabicIsRefusedWith400NamingTheProblem() {
    MatrixScenario.at(LocalDate.of(2099, 3, 2), 10, 0);
    ProcessInstance review = scenario.startReview("SAU", 2099, LocalDate.of(2099, 5, 29), Map.of());
    String taskId = scenario.task(review.getId(), StateMatrixReview.TASK_PREPARE_MATRIX).getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"variables": {
          "matrixVersion": {"value": "1", "type": "String"},
          "matrixUrl": {"value": "https://documents.example.org/1540/matrices/SAU.pdf", "type": "String"},
          "changesSummary": {"value": "%s", "type": "String"},
          "changesSummaryInLetterLanguage": {"value": true, "type": "Boolean"}}}""".formatted(CHANGES);

    ResponseEntity<String> response = http.withBasicAuth("expert", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("changesSummary: you confirmed that the text is written in Arabic");
    assertThat(scenario.task(review.getId(), StateMatrixReview.TASK_PREPARE_MATRIX)).isNotNull();
    assertThat(register.forProcessInstance(review.getId())).isEmpty();
  }
}

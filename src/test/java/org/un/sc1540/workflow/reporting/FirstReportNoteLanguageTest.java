package org.un.sc1540.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.un.sc1540.workflow.reporting.FirstReportReminderProcess.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.FreeTextPlacement;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;

/**
 * The reviewer's paragraph and the note's language (issue 12, point 9): a paragraph not written in
 * the State's language goes with the note as an annex marked in that language, unless the reviewer
 * confirms it is; a confirmation of text in another script is refused. Each test has its own State.
 */
@CommitteeTest
class FirstReportNoteLanguageTest {

  private static final String ENGLISH = "The Committee recalls the regional workshop held in Dakar in May.";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ReminderCycleDriver driver;
  @Autowired ReminderCycleRegister cycles;

  @BeforeEach
  void initAssertionsAndStartAtNoonInNewYork() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 1, 11, 12, 0, 0, 0, CommitteeClock.ZONE).toInstant()));
  }

  /** Where the cycle's latest review put its paragraph (kept with the review in the cycle register). */
  private FreeTextPlacement placement(ProcessInstance cycle) {
    return cycles.latestReview(cycle.getId()).map(NoteReview::paragraphPlacement).orElse(null);
  }

  private void review(ProcessInstance cycle, String paragraph, Boolean inLetterLanguage) {
    Map<String, Object> review = new HashMap<>();
    review.put(REVIEW_DECISION, DECISION_SEND);
    review.put(ADDITIONAL_PARAGRAPH, paragraph);
    if (inLetterLanguage != null) {
      review.put(ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE, inLetterLanguage);
    }
    taskService.complete(driver.task(cycle, TASK_REVIEW_NOTE).getId(), review);
  }

  @Test
  void anEnglishParagraphForAFrenchNoteGoesAfterTheNoteAsAnAnnexMarkedInFrench() {
    ProcessInstance cycle = driver.start("LUX");
    String reviewTask = driver.task(cycle, TASK_REVIEW_NOTE).getId();
    assertThat(taskService.getVariable(reviewTask, STATE_LANGUAGE)).asString().contains("French");
    assertThat(taskService.getVariable(reviewTask, ADDITIONAL_PARAGRAPH_IN_LETTER_LANGUAGE)).isEqualTo(false);

    review(cycle, ENGLISH, null);
    driver.runJobAt(cycle, TASK_SEND_NOTE);

    assertThat(placement(cycle)).isEqualTo(FreeTextPlacement.ANNEX);
    String text = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER).get(0).bodyText().replace('\u00a0', ' ');
    assertThat(text).contains("Le Comité appelle en outre l'attention de la Mission permanente sur le texte figurant en "
        + "annexe à la présente note.");
    assertThat(text.indexOf("Annexe : texte fourni en anglais")).isGreaterThan(text.indexOf("New York, le"));
    assertThat(text.indexOf(ENGLISH)).isGreaterThan(text.indexOf("Annexe : texte fourni en anglais"));
  }

  @Test
  void aParagraphTheReviewerConfirmsIsInTheNotesLanguageGoesInTheNoteAsWritten() {
    ProcessInstance cycle = driver.start("MCO");
    String paragraph = "The Committee notes the Export Control Act adopted in 2026.";

    review(cycle, paragraph, true);
    driver.runJobAt(cycle, TASK_SEND_NOTE);

    Letter note = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER).get(0);
    assertThat(placement(cycle)).isEqualTo(FreeTextPlacement.INLINE);
    assertThat(note.bodyText().indexOf(paragraph)).isPositive().isLessThan(note.bodyText().indexOf("New York, le"));
    assertThat(note.bodyText()).doesNotContain("Annexe");
  }

  @Test
  void aParagraphInTheNotesLanguageGoesInTheNoteWithoutConfirmation() {
    ProcessInstance cycle = driver.start("QAT");
    String paragraph = "وتشير اللجنة إلى حلقة العمل الإقليمية التي عقدت في الدوحة.";

    review(cycle, paragraph, null);
    driver.runJobAt(cycle, TASK_SEND_NOTE);

    Letter note = driver.letters(cycle, LetterType.FIRST_REPORT_REMINDER).get(0);
    assertThat(note.bodyText()).contains(paragraph).doesNotContain("مرفق:");
  }

  @Test
  void confirmingThatAnEnglishParagraphIsArabicIsRefusedWithTheReasonAndTheReviewStaysOpen() {
    ProcessInstance cycle = driver.start("KWT");
    String taskId = driver.task(cycle, TASK_REVIEW_NOTE).getId();

    assertThatThrownBy(() -> review(cycle, ENGLISH, true))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("additionalParagraph: you confirmed that the text is written in Arabic")
        .hasMessageContaining("Arabic script");

    BpmnAwareTests.assertThat(cycle).isWaitingAt(TASK_REVIEW_NOTE);
    assertThat(driver.task(cycle, TASK_REVIEW_NOTE).getId()).isEqualTo(taskId);
    assertThat(cycles.latestReview(cycle.getId())).isEmpty();
    assertThat(driver.jobs(cycle)).isEmpty();
  }
}

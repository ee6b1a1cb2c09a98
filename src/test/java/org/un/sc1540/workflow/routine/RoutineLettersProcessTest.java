package org.un.sc1540.workflow.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.notification.ReceivedMail;
import org.un.sc1540.workflow.registry.OrganizationService;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.NonReportingStatesProcess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * RoutineLettersProcess (Annex II, March): the rules' choice kept in the table, one review task per
 * letter type, an exclusion with its reason, an addition, and each letter sent once in its
 * addressee's language. Each test a year of its own (the database is shared); the reminder
 * campaign it calls is limited to Kiribati, which has reported, so that it starts no cycle.
 */
@CommitteeTest
class RoutineLettersProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired RoutineLettersService letters;
  @Autowired OrganizationService organizations;
  @Autowired RegistryService registry;
  @Autowired CorrespondenceRegister register;
  @Autowired EmbeddedSmtpServer smtp;

  RoutineLettersDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    driver = new RoutineLettersDriver(runtimeService, taskService, managementService, letters, organizations);
    registry.recordFirstReport("KIR", LocalDate.of(2004, 10, 28), "S/AC.44/2004/(02)/KIR");
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(9, 0))
        .atZone(CommitteeClock.ZONE).toInstant()));
  }

  private ProcessInstance start(int year) {
    at(year, 3, 1);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(RoutineLettersProcess.KEY,
        new HashMap<>(Map.of(RoutineLettersProcess.YEAR, year, NonReportingStatesProcess.STATE_CODES, "KIR")));
    driver.runJobs(instance.getId());
    return instance;
  }

  @Test
  void theRulesChooseTheAddresseesAndTheSecretariatGetsOneReviewTaskPerLetterType() {
    ProcessInstance instance = start(2091);

    BpmnAwareTests.assertThat(instance).hasBusinessKey("ROUTINE-2091");
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(tasks).hasSize(RoutineLetterRules.TYPES.size());
    for (LetterType type : RoutineLetterRules.TYPES) {
      Task task = driver.task(instance.getId(), type);
      assertThat(task.getName()).isEqualTo(RoutineLettersService.taskName(type, 2091)).contains("2091");
      assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
          .containsExactly(CommitteeGroups.SECRETARIAT);
      assertThat(task.getDueDate()).isEqualTo(Date.from(CommitteeClock.endOfDay(LocalDate.of(2091, 3, 31)).toInstant()));
    }
    // Kiribati reported in 2004 (and sent nothing for years): asked for additional information (2663 §7).
    assertThat(driver.addressees(2091, LetterType.ADDITIONAL_INFORMATION_REQUEST))
        .extracting(RoutineLettersRepository.Addressee::stateCode).contains("KIR");
    assertThat(taskService.getVariable(driver.task(instance.getId(), LetterType.ADDITIONAL_INFORMATION_REQUEST).getId(),
        RoutineLettersProcess.ADDRESSEE_LIST).toString()).contains("KIR Kiribati (en) — nothing received since ");
    // The demonstration points of contact date from years before 2091: every State is asked to confirm its own.
    assertThat(driver.addressees(2091, LetterType.POC_UPDATE_REQUEST)).hasSizeGreaterThan(150);
  }

  @Test
  void aSecondStartForTheSameYearIsRefusedAndSaysSo() {
    start(2092);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RoutineLettersProcess.KEY,
        new HashMap<>(Map.of(RoutineLettersProcess.YEAR, 2092))))
        .hasMessageContaining("The 2092 routine letters are already under way as ROUTINE-2092");
  }

  @Test
  void aStartThatLimitsTheCampaignToAnUnknownStateIsRefusedAtOnce() {
    at(2096, 3, 1);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RoutineLettersProcess.KEY,
        new HashMap<>(Map.of(RoutineLettersProcess.YEAR, 2096, NonReportingStatesProcess.STATE_CODES, "KIR, ZZZ"))))
        .hasMessageContaining("ZZZ");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ROUTINE-2096").count()).isZero();
  }

  @Test
  void anExcludedAddresseeGetsNoLetterAndKeepsTheReasonAnAddedOneGetsItsLetterInItsLanguage() throws Exception {
    ProcessInstance instance = start(2093);
    for (LetterType type : RoutineLetterRules.TYPES) {
      if (type == LetterType.POC_UPDATE_REQUEST) {
        // Keep France (French) and China (Chinese); exclude everyone else, with a reason.
        driver.reviewKeeping(instance.getId(), 2093, type, Set.of("FRA", "CHN"), Map.of(
            RoutineLettersProcess.ADDITIONAL_PARAGRAPH, "Le Comité rappelle l'atelier régional tenu en mai."));
      } else if (type == LetterType.POC_NOMINATION_REQUEST) {
        driver.reviewKeeping(instance.getId(), 2093, type, Set.of(), Map.of(
            RoutineLettersProcess.ADDITIONS, "KIR: the point of contact left the Ministry in February"));
      } else {
        driver.reviewKeeping(instance.getId(), 2093, type, Set.of(), Map.of());
      }
    }
    driver.runJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).isEnded();
    RoutineLettersRepository.Addressee germany = driver.addressees(2093, LetterType.POC_UPDATE_REQUEST).stream()
        .filter(a -> "DEU".equals(a.stateCode())).findFirst().orElseThrow();
    assertThat(germany.excludedReason()).isEqualTo("test, not written to this year");
    assertThat(germany.letterId()).isNull();
    assertThat(driver.addressees(2093, LetterType.POC_NOMINATION_REQUEST)).singleElement()
        .extracting(RoutineLettersRepository.Addressee::stateCode, RoutineLettersRepository.Addressee::reason)
        .containsExactly("KIR", "added in the review: the point of contact left the Ministry in February");
    List<Letter> sent = register.forProcessInstance(instance.getId());
    assertThat(sent).extracting(Letter::stateCode, Letter::type).containsExactlyInAnyOrder(
        org.assertj.core.api.Assertions.tuple("FRA", LetterType.POC_UPDATE_REQUEST),
        org.assertj.core.api.Assertions.tuple("CHN", LetterType.POC_UPDATE_REQUEST),
        org.assertj.core.api.Assertions.tuple("KIR", LetterType.POC_NOMINATION_REQUEST));
    Letter french = sent.stream().filter(l -> "FRA".equals(l.stateCode())).findFirst().orElseThrow();
    assertThat(french.language()).isEqualTo("fr");
    assertThat(french.bodyText()).contains("Le Comité rappelle l'atelier régional tenu en mai.")
        .contains("a été confirmé pour la dernière fois le");
    Letter chinese = sent.stream().filter(l -> "CHN".equals(l.stateCode())).findFirst().orElseThrow();
    assertThat(chinese.language()).isEqualTo("zh");
    // The French paragraph goes with the Chinese letter as an annex marked as such, untranslated.
    assertThat(chinese.bodyText()).contains("附件：以法文提供的案文").contains("Le Comité rappelle");
    assertThat(letters.summary(2093)).startsWith("ROUTINE-2093: 3 letters sent");
  }

  @Test
  void anExclusionWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = start(2094);
    Task task = driver.task(instance.getId(), LetterType.POC_UPDATE_REQUEST);

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(RoutineLettersProcess.EXCLUSIONS, "FRA")))
        .hasMessageContaining("give the reason after the code");
    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of(RoutineLettersProcess.EXCLUSIONS, "XKX: not a State")))
        .hasMessageContaining("'XKX' is not a Member State's alpha-3 code");

    assertThat(driver.task(instance.getId(), LetterType.POC_UPDATE_REQUEST)).isNotNull();
    assertThat(driver.addressees(2094, LetterType.POC_UPDATE_REQUEST)).noneMatch(RoutineLettersRepository.Addressee::excluded);
  }

  @Test
  void onlyTheSecretariatReviewsTheLetters() {
    ProcessInstance instance = start(2097);
    Task task = driver.task(instance.getId(), LetterType.POC_UPDATE_REQUEST);
    identityService.setAuthentication("coordinator", List.of(CommitteeGroups.COORDINATORS));
    try {
      assertThatThrownBy(() -> letters.review(2097, LetterType.POC_UPDATE_REQUEST, "FRA: no", null, null))
          .hasMessageContaining("Only the secretariat");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(driver.task(instance.getId(), LetterType.POC_UPDATE_REQUEST).getId()).isEqualTo(task.getId());
  }

  @Test
  void aRetriedSendSendsNothingTwice() throws Exception {
    ProcessInstance instance = start(2095);
    for (LetterType type : RoutineLetterRules.TYPES) {
      driver.reviewKeeping(instance.getId(), 2095, type, type == LetterType.POC_UPDATE_REQUEST ? Set.of("EGY")
          : Set.of(), Map.of());
    }
    long egypt = driver.addressees(2095, LetterType.POC_UPDATE_REQUEST).stream()
        .filter(a -> "EGY".equals(a.stateCode())).findFirst().orElseThrow().id();
    // A first attempt whose letter the SMTP server accepted, but whose job then rolled back: the
    // register keeps the letter as sent (it commits on its own), the job stays to be retried.
    letters.send(egypt, instance.getId(), RoutineLettersProcess.TASK_SEND, "ROUTINE-2095");
    Letter letter = register.forProcessInstance(instance.getId()).get(0);

    // The retried job.
    driver.runJobs(instance.getId());

    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(register.forProcessInstance(instance.getId())).extracting(Letter::symbol)
        .containsExactly(letter.symbol());
    List<ReceivedMail> received = ReceivedMail.withMessageId(smtp.receivedMessages(), letter.messageId());
    assertThat(received).hasSize(2); // the Mission (To) and the national point of contact (Cc), once
    assertThat(received.get(0).header("Content-Language")).isEqualTo("ar");
  }
}

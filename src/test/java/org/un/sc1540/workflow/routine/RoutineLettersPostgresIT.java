package org.un.sc1540.workflow.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.un.sc1540.workflow.PostgresApplication;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.OrganizationService;
import org.un.sc1540.workflow.registry.RegistryService;
import org.un.sc1540.workflow.reporting.NonReportingStatesProcess;

/**
 * The routine letters on PostgreSQL (V93, V94, V97; {@code ./mvnw -Ppostgres verify}): the rules read the
 * registry, a review keeps a State and an organization, both letters go out and the register files
 * the second under the organization; a second start is refused; a point of contact is confirmed.
 */
class RoutineLettersPostgresIT {

  @RegisterExtension
  static final PostgresApplication POSTGRES = new PostgresApplication("it_routine");

  @Test
  void aYearsLettersGoToAStateAndAnOrganizationAndTheRegisterFilesEachUnderItsAddressee() {
    RuntimeService runtimeService = POSTGRES.bean(RuntimeService.class);
    TaskService taskService = POSTGRES.bean(TaskService.class);
    RoutineLettersService letters = POSTGRES.bean(RoutineLettersService.class);
    OrganizationService organizations = POSTGRES.bean(OrganizationService.class);
    EmbeddedSmtpServer smtp = POSTGRES.bean(EmbeddedSmtpServer.class);
    if (!smtp.isRunning()) {
      smtp.start();
    }
    RoutineLettersDriver driver = new RoutineLettersDriver(runtimeService, taskService,
        POSTGRES.bean(ManagementService.class), letters, organizations);
    POSTGRES.bean(RegistryService.class).recordFirstReport("KIR", LocalDate.of(2004, 10, 28), "KIR-1");
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(2031, 3, 1), LocalTime.of(9, 0))
        .atZone(CommitteeClock.ZONE).toInstant()));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(RoutineLettersProcess.KEY,
        new HashMap<>(Map.of(RoutineLettersProcess.YEAR, 2031, NonReportingStatesProcess.STATE_CODES, "KIR")));
    driver.runJobs(instance.getId());
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RoutineLettersProcess.KEY,
        new HashMap<>(Map.of(RoutineLettersProcess.YEAR, 2031)))).hasMessageContaining("already under way");
    for (LetterType type : RoutineLetterRules.TYPES) {
      driver.reviewKeeping(instance.getId(), 2031, type, type == LetterType.POC_UPDATE_REQUEST ? Set.of("ESP")
          : type == LetterType.ORGANIZATION_POC_UPDATE_REQUEST ? Set.of("LAS") : Set.of(), Map.of());
    }
    driver.runJobs(instance.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(POSTGRES.bean(CorrespondenceRegister.class).forProcessInstance(instance.getId()))
        .extracting(Letter::stateCode, Letter::organization, Letter::language)
        .containsExactlyInAnyOrder(tuple("ESP", null, "es"), tuple(null, "LAS", "ar"));
    assertThat(letters.summary(2031)).startsWith("ROUTINE-2031: 2 letters sent");
    assertThat(letters.confirmPointsOfContact("ESP", null, LocalDate.of(2031, 2, 28))).isEqualTo(1);
    assertThat(POSTGRES.bean(RoutineLettersRepository.class).stateFacts(LocalDate.of(2031, 3, 1)).stream()
        .filter(s -> s.code().equals("ESP")).findFirst().orElseThrow().currentPocsFrom())
        .containsExactly(LocalDate.of(2031, 2, 28));
  }
}

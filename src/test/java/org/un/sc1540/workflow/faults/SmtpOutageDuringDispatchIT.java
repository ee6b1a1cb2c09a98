package org.un.sc1540.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.EmbeddedSmtpServer;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterDeliveryException;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.registry.RegistryService;

/**
 * Fault test 1: the SMTP server goes down in the middle of a dispatch to all 193 Member States and
 * comes back. The jobs are driven here as the job executor would drive them (it is off in tests):
 * each due job is executed, and the engine clock is moved to the next retry's due date instead of
 * waiting for it.
 */
@CommitteeTest
class SmtpOutageDuringDispatchIT {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpOutageDuringDispatchIT.class);
  private static final String RUN = "OUTAGE";

  private final EmbeddedSmtpServer smtp;
  private final RegistryService registry;
  private final CorrespondenceRegister register;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private String processDefinitionId;

  SmtpOutageDuringDispatchIT(EmbeddedSmtpServer smtp, RegistryService registry, CorrespondenceRegister register,
      RepositoryService repositoryService, RuntimeService runtimeService, ManagementService managementService,
      HistoryService historyService) {
    this.smtp = smtp;
    this.registry = registry;
    this.register = register;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  @BeforeEach
  void deployTheDispatchProcessAndEmptyTheMailbox() {
    String deploymentId = repositoryService.createDeployment().name("fault-test-smtp-outage")
        .addClasspathResource(DispatchTestProcess.RESOURCE).deploy().getId();
    processDefinitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult()
        .getId();
    if (!smtp.isRunning()) {
      smtp.start();
    }
    smtp.purge();
  }

  @AfterEach
  void restartTheSmtpServerIfTheTestLeftItDown() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @Test
  void everyLetterHeldUpByAnSmtpOutageIsDeliveredExactlyOnceAfterTheRetry() {
    // Given one acknowledgement per Member State, each waiting in its send job
    List<String> states = List.copyOf(registry.states().keySet());
    Set<String> instances = new HashSet<>();
    for (String state : states) {
      instances.add(runtimeService.startProcessInstanceByKey(DispatchTestProcess.KEY,
          DispatchTestProcess.businessKey(RUN, state), DispatchTestProcess.variables(state)).getId());
    }
    List<Job> jobs = jobs().orderByJobId().asc().list();
    assertThat(jobs).hasSize(states.size());

    // When half the letters go out, then the SMTP server goes down (and loses its mailboxes)...
    int sentBeforeOutage = states.size() / 2;
    for (Job job : jobs.subList(0, sentBeforeOutage)) {
      managementService.executeJob(job.getId());
    }
    Deliveries beforeOutage = Deliveries.of(smtp.receivedMessages());
    smtp.stop();
    int failedAttempts = executeDueJobsUntilRetriesAreExhausted();
    List<Incident> incidents = runtimeService.createIncidentQuery().processDefinitionId(processDefinitionId).list();
    List<Letter> heldUp = letters(instances).stream().filter(l -> l.status() != LetterStatus.SENT).toList();

    // ... and comes back, and a coordinator retries the failed jobs (what Cockpit's Retry does)
    smtp.start();
    List<Job> failedJobs = jobs().noRetriesLeft().list();
    for (Job job : failedJobs) {
      managementService.setJobRetries(job.getId(), 1);
    }
    long incidentsAfterRetry = runtimeService.createIncidentQuery().processDefinitionId(processDefinitionId).count();
    for (Job job : jobs().list()) {
      managementService.executeJob(job.getId());
    }
    Deliveries afterOutage = Deliveries.of(smtp.receivedMessages());

    // Then every letter is registered once, sent, and received exactly once by each recipient
    List<Letter> letters = letters(instances);
    Deliveries received = beforeOutage.plus(afterOutage);
    LOG.info("SMTP outage during a dispatch of {} letters: {} sent before the outage; while the server was down "
            + "{} failed attempts on {} letters, {} incidents ({} after Retry); after Retry {} sent; received {} "
            + "distinct Message-IDs in {} copies, {} duplicates; symbols {}",
        states.size(), sentBeforeOutage, failedAttempts, heldUp.size(), incidents.size(), incidentsAfterRetry,
        failedJobs.size(), received.distinctMessageIds(), received.totalCopies(),
        received.duplicates(DispatchTestProcess.COPIES_PER_LETTER), Symbols.ranges(letters.stream().map(Letter::symbol).toList()));

    assertThat(heldUp).hasSize(states.size() - sentBeforeOutage)
        .allSatisfy(letter -> assertThat(letter.status()).isEqualTo(LetterStatus.FAILED))
        .allSatisfy(letter -> assertThat(letter.lastError()).contains("was not accepted by the SMTP server"));
    assertThat(incidents).hasSize(heldUp.size())
        .allSatisfy(incident -> assertThat(incident.getIncidentMessage())
            .contains("was not accepted by the SMTP server")
            .contains("sent again, unchanged, when the job is retried"));
    assertThat(failedJobs).hasSize(incidents.size());
    assertThat(incidentsAfterRetry).isZero();

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(processDefinitionId).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processDefinitionId(processDefinitionId)
        .activityId(DispatchTestProcess.END_LETTER_SENT).count()).isEqualTo(states.size());
    assertThat(historyService.createHistoricActivityInstanceQuery().processDefinitionId(processDefinitionId)
        .activityId(DispatchTestProcess.END_LETTER_NOT_SENT).count()).isZero();
    assertThat(letters).hasSize(states.size())
        .allSatisfy(letter -> assertThat(letter.status()).isEqualTo(LetterStatus.SENT));
    assertThat(letters).extracting(Letter::stateCode).containsExactlyInAnyOrderElementsOf(states);
    assertThat(letters).allSatisfy(letter -> assertThat(received.copies(letter.messageId()))
        .as("copies of %s (%s)", letter.messageId(), letter.stateCode()).isEqualTo(DispatchTestProcess.COPIES_PER_LETTER));
    assertThat(received.distinctMessageIds()).isEqualTo(states.size());
    assertThat(received.duplicates(DispatchTestProcess.COPIES_PER_LETTER)).isZero();
    Symbols.assertUniqueAndConsecutive(letters.stream().map(Letter::symbol).toList());

    // The register counted every try: one success after the failed attempts
    int heldUpTries = letters.stream().filter(l -> heldUp.stream().anyMatch(h -> h.id() == l.id()))
        .mapToInt(l -> l.attempts() - 1).sum();
    assertThat(heldUpTries).isEqualTo(failedAttempts);
  }

  /**
   * What the job executor does while the server is down: run every due job with retries left, each
   * fails and is given its next due date by the retry cycle; then the clock moves to the earliest of
   * those due dates. Ends when every job has used its last retry. Returns the number of failed runs.
   */
  private int executeDueJobsUntilRetriesAreExhausted() {
    int failed = 0;
    while (jobs().withRetriesLeft().count() > 0) {
      List<Job> due = jobs().executable().list();
      if (due.isEmpty()) {
        Date next = jobs().withRetriesLeft().list().stream().map(Job::getDuedate)
            .min(Comparator.naturalOrder()).orElseThrow();
        ClockUtil.setCurrentTime(new Date(next.getTime() + 1000));
        continue;
      }
      for (Job job : due) {
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(LetterDeliveryException.class);
        failed++;
      }
    }
    return failed;
  }

  private JobQuery jobs() {
    return managementService.createJobQuery().processDefinitionId(processDefinitionId)
        .activityId(DispatchTestProcess.TASK_SEND_ACKNOWLEDGEMENT);
  }

  private List<Letter> letters(Set<String> instances) {
    List<Letter> letters = new ArrayList<>();
    for (String instance : instances) {
      letters.addAll(register.forProcessInstance(instance));
    }
    return letters;
  }
}

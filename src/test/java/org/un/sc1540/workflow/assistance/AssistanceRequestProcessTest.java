package org.un.sc1540.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.un.sc1540.workflow.assistance.AssistanceArea.BORDER_EXPORT_CONTROLS;
import static org.un.sc1540.workflow.assistance.AssistanceArea.CHEMICAL_SECURITY;
import static org.un.sc1540.workflow.assistance.AssistanceArea.LEGISLATION;
import static org.un.sc1540.workflow.assistance.AssistanceArea.NUCLEAR_SECURITY;
import static org.un.sc1540.workflow.assistance.AssistanceArea.TRAINING_AWARENESS;
import static org.un.sc1540.workflow.assistance.AssistanceRequestProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.notification.CorrespondenceRegister;
import org.un.sc1540.workflow.notification.Letter;
import org.un.sc1540.workflow.notification.LetterStatus;
import org.un.sc1540.workflow.notification.LetterType;
import org.un.sc1540.workflow.registry.UnLanguage;

/**
 * Scenarios of one request for assistance, each path from where it begins, the clock moved in New
 * York time and every job run by hand. Each test has its own requesting State and year.
 */
@CommitteeTest
class AssistanceRequestProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AssistanceRequests requests;
  @Autowired AssistanceOffers offers;
  @Autowired CorrespondenceRegister correspondence;

  AssistanceScenario scenario;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    scenario = new AssistanceScenario(runtimeService, taskService, managementService, requests, offers);
  }

  private List<Letter> letters(String processInstanceId, LetterType type) {
    return correspondence.forProcessInstance(processInstanceId).stream().filter(l -> l.type() == type).toList();
  }

  private ProcessInstance instance(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private static void assertEnded(String processInstanceId) {
    assertThat(BpmnAwareTests.historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult().getEndTime()).isNotNull();
  }

  @Test
  void aMatchedRequestIsFollowedUpDeliveredGivenFeedbackOnAndClosed() {
    LocalDate day = LocalDate.of(2031, 3, 3);
    AssistanceScenario.at(day, 10);
    AssistanceOffers.Registered standing = scenario.stateOffer("JPN", null, LEGISLATION, BORDER_EXPORT_CONTROLS);

    AssistanceRequests.Registered request = scenario.register("NER", day, false, true, BORDER_EXPORT_CONTROLS,
        TRAINING_AWARENESS);
    String pi = request.processInstanceId();

    assertThat(request.businessKey()).isEqualTo("ASSIST-NER-2031-1");
    assertThat(instance(pi).getBusinessKey()).isEqualTo("ASSIST-NER-2031-1");
    Letter acknowledgement = letters(pi, LetterType.ASSISTANCE_REQUEST_ACKNOWLEDGEMENT).get(0);
    assertThat(acknowledgement.stateCode()).isEqualTo("NER");
    assertThat(acknowledgement.status()).isEqualTo(LetterStatus.SENT);
    assertThat(acknowledgement.language()).isEqualTo("fr");
    Task review = scenario.task(pi, TASK_REVIEW_REQUEST);
    assertThat(review.getName()).isEqualTo("Review the request against the template — Niger (NER), ASSIST-NER-2031-1");
    assertThat(review.getDueDate()).isEqualTo(AssistanceSchedule.endOf(day.plusDays(14)));

    scenario.reviewAndCirculate(pi);
    BpmnAwareTests.assertThat(instance(pi)).hasPassed(TASK_RANK_PROVIDERS_ID).isWaitingAt(TASK_REVIEW_CIRCULATION);
    CirculationEntry japan = requests.circulation(request.id()).stream()
        .filter(e -> e.providerId() == standing.providerId()).findFirst().orElseThrow();
    assertThat(japan.explanation()).startsWith("matches 1 of 2 areas (Border and export controls)");

    scenario.complete(pi, TASK_REVIEW_CIRCULATION, Map.of());
    Letter circulation = letters(pi, LetterType.ASSISTANCE_REQUEST_CIRCULATION).stream()
        .filter(l -> l.stateCode().equals("JPN")).findFirst().orElseThrow();
    assertThat(circulation.status()).isEqualTo(LetterStatus.SENT);
    assertThat(circulation.language()).isEqualTo("en");
    assertThat(circulation.bodyText()).contains("Requesting State: Niger").contains("ASSIST-NER-2031-1");
    AssistanceRequest circulated = requests.request(request.id());
    assertThat(circulated.status()).isEqualTo(RequestStatus.CIRCULATED);
    assertThat(circulated.offersDueOn()).isEqualTo(day.plusDays(60));
    assertThat(scenario.job(pi, EVENT_UNMATCHED_TOO_LONG).getDuedate()).isEqualTo(AssistanceSchedule.endOf(day.plusDays(120)));
    assertThat(scenario.instanceVariables(pi)).containsExactlyInAnyOrder(REQUEST_ID, STATE_CODE, CLARIFICATION_REQUESTED);

    AssistanceScenario.at(day.plusDays(20), 11);
    AssistanceOffers.Registered answer = scenario.stateOffer("JPN", request.id(), BORDER_EXPORT_CONTROLS, TRAINING_AWARENESS);
    assertThat(scenario.task(pi, TASK_RECORD_MATCH)).isNotNull();
    assertThat(scenario.instanceVariables(pi)).containsExactlyInAnyOrder(REQUEST_ID, STATE_CODE, CLARIFICATION_REQUESTED,
        REPLIES_RECORDED);

    scenario.complete(pi, TASK_RECORD_MATCH, Map.of(MATCH_DECISION, DECISION_MATCH, MATCHED_OFFER, answer.offerId()));
    AssistanceRequest matched = requests.request(request.id());
    assertThat(matched.matchedOn()).isEqualTo(day.plusDays(20));
    assertThat(matched.matchedProviderId()).isEqualTo(answer.providerId());
    assertThat(scenario.job(pi, EVENT_FOLLOW_UP_DUE).getDuedate()).isEqualTo(AssistanceSchedule.endOf(day.plusDays(110)));

    scenario.fire(pi, EVENT_FOLLOW_UP_DUE);
    assertThat(letters(pi, LetterType.ASSISTANCE_FOLLOW_UP)).extracting(Letter::stateCode).containsExactlyInAnyOrder("NER", "JPN");
    AssistanceRequest followedUp = requests.request(request.id());
    assertThat(followedUp.followUpsSent()).isEqualTo(1);
    assertThat(scenario.job(pi, EVENT_FOLLOW_UP_DUE).getDuedate())
        .isEqualTo(AssistanceSchedule.endOf(followedUp.lastFollowUpOn().plusDays(90)));

    LocalDate delivered = day.plusDays(140);
    AssistanceScenario.at(delivered, 9);
    requests.deliveryReported(request.id(), delivered, "Two courses held in Niamey for 40 customs officers.");
    scenario.runJobs(pi);
    assertThat(letters(pi, LetterType.ASSISTANCE_FEEDBACK_REQUEST)).extracting(Letter::stateCode)
        .containsExactlyInAnyOrder("NER", "JPN");
    assertThat(scenario.job(pi, EVENT_FEEDBACK_DUE).getDuedate()).isEqualTo(AssistanceSchedule.endOf(delivered.plusDays(60)));

    AssistanceScenario.at(delivered.plusDays(1), 9);
    requests.feedbackReported(request.id(), Party.REQUESTER, delivered.plusDays(1), "Useful; a follow-up course is wished.");
    BpmnAwareTests.assertThat(instance(pi)).isNotEnded();
    requests.feedbackReported(request.id(), Party.PROVIDER, delivered.plusDays(1), "Well organized by the host.");
    Task close = scenario.task(pi, TASK_CLOSE_REQUEST);
    assertThat(taskService.getIdentityLinksForTask(close.getId())).extracting(IdentityLink::getGroupId).contains("coordinators");

    scenario.complete(pi, TASK_CLOSE_REQUEST, Map.of(OUTCOME, "DELIVERED", OUTCOME_NOTES, "As requested."));
    assertEnded(pi);
    AssistanceRequest closed = requests.request(request.id());
    assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
    assertThat(closed.outcome()).isEqualTo(Outcome.DELIVERED);
    assertThat(requests.feedback(request.id())).hasSize(2);
  }

  private static final String TASK_RANK_PROVIDERS_ID = "Task_RankProviders";

  @Test
  void theExpertsAskForClarificationTheStateIsRemindedAndTheAnswerGoesBackToReview() {
    LocalDate day = LocalDate.of(2031, 4, 6);
    AssistanceScenario.at(day, 10);
    String pi = scenario.register("TCD", day, false, true, LEGISLATION).processInstanceId();

    scenario.complete(pi, TASK_REVIEW_REQUEST, Map.of(REVIEW_DECISION, DECISION_CLARIFY,
        CLARIFICATION_QUESTIONS, "Which laws are to be drafted?", CLARIFICATION_DUE_ON, day.plusDays(20).toString()));

    Letter asked = letters(pi, LetterType.ASSISTANCE_CLARIFICATION_REQUEST).get(0);
    assertThat(asked.bodyText()).contains("Which laws are to be drafted?");
    Task record = scenario.task(pi, TASK_RECORD_CLARIFICATION);
    assertThat(record.getDueDate()).isEqualTo(AssistanceSchedule.endOf(day.plusDays(20)));

    scenario.fire(pi, BOUNDARY_CLARIFICATION_DUE);
    assertThat(letters(pi, LetterType.ASSISTANCE_CLARIFICATION_REMINDER)).hasSize(1);
    assertThat(scenario.task(pi, TASK_RECORD_CLARIFICATION).getId()).isEqualTo(record.getId());

    scenario.complete(pi, TASK_RECORD_CLARIFICATION, Map.of(CLARIFICATION_OUTCOME, "ANSWERED",
        CLARIFICATION_RECEIVED_ON, day.plusDays(21).toString(), CLARIFICATION_SUMMARY, "An export-control law."));
    BpmnAwareTests.assertThat(instance(pi)).isWaitingAt(TASK_REVIEW_REQUEST);
    Clarification round = requests.clarifications(requests.byBusinessKey("ASSIST-TCD-2031-1").id()).get(0);
    assertThat(round.outcome()).isEqualTo("ANSWERED");
    assertThat(round.reminderSentOn()).isEqualTo(day.plusDays(21));

    scenario.complete(pi, TASK_REVIEW_REQUEST, Map.of(REVIEW_DECISION, DECISION_CLARIFY,
        CLARIFICATION_QUESTIONS, "Which ministry leads?"));
    assertThat(letters(pi, LetterType.ASSISTANCE_CLARIFICATION_REQUEST)).hasSize(2)
        .extracting(Letter::occurrence).containsExactly(1, 2);
  }

  @Test
  void withoutAnOfferByTheDeadlineProvidersAreRemindedOnceAndTheUnmatchedRequestGoesToTheCoordinators() {
    LocalDate day = LocalDate.of(2031, 5, 4);
    AssistanceScenario.at(day, 10);
    AssistanceOffers.Registered standing = scenario.organizationOffer("Chemical Security Network", "csn@example.org",
        UnLanguage.FR, null, null, CHEMICAL_SECURITY);
    AssistanceRequests.Registered request = scenario.register("BEN", day, false, true, CHEMICAL_SECURITY);
    String pi = request.processInstanceId();
    scenario.reviewAndCirculate(pi);
    scenario.complete(pi, TASK_REVIEW_CIRCULATION, Map.of());
    Letter toNetwork = letters(pi, LetterType.ASSISTANCE_REQUEST_CIRCULATION).stream()
        .filter(l -> l.recipientTo().contains("csn@example.org")).findFirst().orElseThrow();
    assertThat(toNetwork.language()).isEqualTo("fr");
    assertThat(toNetwork.stateCode()).isEqualTo("BEN");

    scenario.fire(pi, BOUNDARY_OFFERS_DEADLINE);

    Letter reminder = letters(pi, LetterType.ASSISTANCE_CIRCULATION_REMINDER).stream()
        .filter(l -> l.recipientTo().contains("csn@example.org")).findFirst().orElseThrow();
    assertThat(reminder.bodyText()).contains(toNetwork.symbol());
    assertThat(requests.circulation(request.id()).stream().filter(e -> e.providerId() == standing.providerId())
        .findFirst().orElseThrow().reminderSymbol()).isEqualTo(reminder.symbol());
    assertThat(managementService.createJobQuery().processInstanceId(pi).activityId(BOUNDARY_OFFERS_DEADLINE).count())
        .isZero();

    scenario.fire(pi, EVENT_UNMATCHED_TOO_LONG);
    Task decide = scenario.task(pi, TASK_DECIDE_UNMATCHED);
    assertThat(taskService.getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("coordinators");
    assertThat(requests.escalations(request.id())).hasSize(1);

    LocalDate today = requests.request(request.id()).escalateOn().plusDays(1);
    scenario.complete(pi, TASK_DECIDE_UNMATCHED, Map.of(UNMATCHED_DECISION, DECISION_KEEP_SEEKING,
        RAISED_AT, "ASSISTANCE_CONFERENCE", KEEP_SEEKING_UNTIL, today.plusMonths(3).toString()));
    assertThat(scenario.job(pi, EVENT_UNMATCHED_TOO_LONG).getDuedate())
        .isEqualTo(AssistanceSchedule.endOf(today.plusMonths(3)));

    scenario.fire(pi, EVENT_UNMATCHED_TOO_LONG);
    scenario.complete(pi, TASK_DECIDE_UNMATCHED, Map.of(UNMATCHED_DECISION, DECISION_CLOSE,
        UNMATCHED_NOTES, "No provider after two rounds."));
    assertThat(BpmnAwareTests.historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(pi).activityId(END_CLOSED_UNMATCHED).count()).isEqualTo(1L);
    assertEnded(pi);
    assertThat(requests.request(request.id()).outcome()).isEqualTo(Outcome.UNMATCHED);
    assertThat(requests.escalations(request.id())).extracting(Escalation::decision).containsExactly("KEEP_SEEKING", "CLOSE");
  }

  @Test
  void aConfidentialRequestWithoutConsentIsNotCirculatedUntilTheConsentIsRecorded() {
    LocalDate day = LocalDate.of(2031, 6, 1);
    AssistanceScenario.at(day, 10);
    scenario.stateOffer("CAN", null, NUCLEAR_SECURITY);
    AssistanceRequests.Registered request = scenario.register("GHA", day, true, false, NUCLEAR_SECURITY);
    String pi = request.processInstanceId();
    scenario.reviewAndCirculate(pi);

    Task consent = scenario.task(pi, TASK_RECORD_CONSENT);
    assertThat(taskService.getIdentityLinksForTask(consent.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("experts");
    assertThatThrownBy(() -> requests.decideCirculation(request.id(), List.of(), List.of()))
        .isInstanceOf(Refused.class).hasMessageContaining("consent of GHA to its circulation is not recorded");
    assertThat(letters(pi, LetterType.ASSISTANCE_REQUEST_CIRCULATION)).isEmpty();
    assertThat(requests.request(request.id()).circulatedOn()).isNull();

    scenario.complete(pi, TASK_RECORD_CONSENT, Map.of(CONSENT_DECISION, "GIVEN", CONSENT_ON, day.toString()));
    BpmnAwareTests.assertThat(instance(pi)).isWaitingAt(TASK_REVIEW_CIRCULATION);
    scenario.complete(pi, TASK_REVIEW_CIRCULATION, Map.of());
    assertThat(letters(pi, LetterType.ASSISTANCE_REQUEST_CIRCULATION)).extracting(Letter::stateCode).contains("CAN");
  }

  @Test
  void aRefusedConsentSkipsTheCirculationAndTheExpertsMatchFromTheOffersAtHand() {
    LocalDate day = LocalDate.of(2031, 7, 6);
    AssistanceScenario.at(day, 10);
    AssistanceRequests.Registered request = scenario.register("TGO", day, true, false, LEGISLATION);
    String pi = request.processInstanceId();
    scenario.reviewAndCirculate(pi);
    scenario.complete(pi, TASK_RECORD_CONSENT, Map.of(CONSENT_DECISION, "REFUSED"));

    assertThat(letters(pi, LetterType.ASSISTANCE_REQUEST_CIRCULATION)).isEmpty();
    assertThat(scenario.job(pi, EVENT_UNMATCHED_TOO_LONG).getDuedate()).isEqualTo(AssistanceSchedule.endOf(day.plusDays(120)));

    AssistanceOffers.Registered offer = scenario.stateOffer("NLD", request.id(), LEGISLATION);
    scenario.complete(pi, TASK_RECORD_MATCH, Map.of(MATCH_DECISION, DECISION_KEEP_SEEKING));
    BpmnAwareTests.assertThat(instance(pi)).isActive();
    assertThat(taskService.createTaskQuery().processInstanceId(pi).count()).isZero();

    AssistanceOffers.Registered second = scenario.organizationOffer("Legal Drafting Institute", "ldi@example.org",
        UnLanguage.EN, RegionalGroup.AFRICAN, request.id(), LEGISLATION);
    assertThat(second.providerId()).isNotEqualTo(offer.providerId());
    scenario.complete(pi, TASK_RECORD_MATCH, Map.of(MATCH_DECISION, DECISION_MATCH, MATCHED_OFFER, second.offerId()));
    assertThat(requests.request(request.id()).matchedProviderId()).isEqualTo(second.providerId());
    assertThat(scenario.job(pi, EVENT_FOLLOW_UP_DUE)).isNotNull();
  }

  @Test
  void aDeliveryAndFeedbackReportedBeforeTheMatchAreTakenUpWhenTheProcessGetsThere() {
    LocalDate day = LocalDate.of(2031, 8, 3);
    AssistanceScenario.at(day, 10);
    AssistanceRequests.Registered request = scenario.register("SLE", day, false, true, TRAINING_AWARENESS);
    String pi = request.processInstanceId();
    AssistanceOffers.Registered offer = scenario.stateOffer("NOR", request.id(), TRAINING_AWARENESS);
    AssistanceScenario.at(day.plusDays(3), 10);
    requests.deliveryReported(request.id(), day.plusDays(2), "A national workshop.");
    requests.feedbackReported(request.id(), Party.REQUESTER, day.plusDays(3), "Very useful.");
    requests.feedbackReported(request.id(), Party.PROVIDER, day.plusDays(3), "Good participation.");
    BpmnAwareTests.assertThat(instance(pi)).isWaitingAt(TASK_REVIEW_REQUEST);

    scenario.reviewAndCirculate(pi);
    scenario.complete(pi, TASK_REVIEW_CIRCULATION, Map.of(EXCLUDED_PROVIDERS, ""));
    scenario.complete(pi, TASK_RECORD_MATCH, Map.of(MATCH_DECISION, DECISION_MATCH, MATCHED_OFFER, offer.offerId()));

    BpmnAwareTests.assertThat(instance(pi)).isWaitingAt(TASK_CLOSE_REQUEST)
        .hasPassed(EVENT_ASSISTANCE_DELIVERED, TASK_SEND_FEEDBACK_REQUESTS, EVENT_FEEDBACK_FROM_BOTH);
    assertThat(letters(pi, LetterType.ASSISTANCE_FOLLOW_UP)).isEmpty();
    assertThat(letters(pi, LetterType.ASSISTANCE_FEEDBACK_REQUEST)).isEmpty();
    assertThat(requests.request(request.id()).status()).isEqualTo(RequestStatus.DELIVERED);
  }

  @Test
  void theSameDeliveryReportedTwiceIsRecordedOnceAndAnotherDateIsRefused() {
    LocalDate day = LocalDate.of(2031, 9, 7);
    AssistanceScenario.at(day, 10);
    AssistanceRequests.Registered request = scenario.register("LBR", day, false, true, ENFORCEMENT_AREA);
    requests.deliveryReported(request.id(), day, "Training.");
    requests.deliveryReported(request.id(), day, "Training.");

    assertThatThrownBy(() -> requests.deliveryReported(request.id(), day.minusDays(0).plusDays(0), "Other"))
        .isInstanceOf(Refused.class).hasMessageContaining("was recorded as delivered on " + day);
    assertThat(requests.request(request.id()).deliveredOn()).isEqualTo(day);
  }

  private static final AssistanceArea ENFORCEMENT_AREA = AssistanceArea.ENFORCEMENT;

  @Test
  void aRequestReceivedInTheFutureIsRefusedAndNothingIsRegistered() {
    LocalDate day = LocalDate.of(2031, 10, 5);
    AssistanceScenario.at(day, 10);
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    assertThatThrownBy(() -> scenario.register("GIN", day.plusDays(1), false, true, LEGISLATION))
        .isInstanceOf(Refused.class).hasMessage("receivedOn " + day.plusDays(1) + " is in the future (today is " + day
            + " in New York)");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    assertThat(requests.visible()).noneMatch(r -> r.stateCode().equals("GIN"));
    assertThat(CommitteeClock.ZONE.getId()).isEqualTo("America/New_York");
  }
}

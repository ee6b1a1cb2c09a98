package org.un.sc1540.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.un.sc1540.workflow.CommitteeTest;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.matrix.MatrixCirculation;
import org.un.sc1540.workflow.matrix.StateMatrixReview;
import org.un.sc1540.workflow.reporting.FirstReportReminderProcess;
import org.un.sc1540.workflow.reporting.NonReportingStatesProcess;
import org.un.sc1540.workflow.reporting.RecordNationalReportProcess;

/**
 * Fault test 4: bad input tried in bulk over the engine REST API, the Committee's API and its CSV
 * imports. Every case must be refused with a 4xx and a message that names the problem, and must
 * leave the Committee's tables and the engine exactly as they were (compared row by row before and
 * after each case, with the engine's history, jobs, tasks and incidents).
 *
 * <p>Two instances wait for the messages that other systems send: a first-report reminder cycle
 * for Bhutan ({@value #CYCLE_STATE}) and a matrix review for Nepal ({@value #MATRIX_STATE}), so
 * that a message with a bad date reaches the step that checks dates instead of finding no instance.
 */
@CommitteeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

  private static final Logger LOG = LoggerFactory.getLogger(BadInputIT.class);

  static final String CYCLE_STATE = "BTN";
  static final String MATRIX_STATE = "NPL";
  static final int MATRIX_YEAR = 2027;
  static final String MATRIX_DEADLINE = "2027-05-29";

  private static final String CONTACTS = "/api/registry/contacts";
  private static final String FIRST_REPORTS = "/api/reporting/first-reports";
  private static final String CONTACTS_HEADER = "state,role,name,organization,email,valid_from\n";
  private static final String GOOD_CONTACT = "FRA,POC,Jeanne Martin,Ministry of Europe and Foreign Affairs,"
      + "j.martin@example.org,2026-01-01\n";
  private static final String REPORTS_HEADER = "state,received_on,reference\n";
  private static final String GOOD_REPORT = "SEN,2005-03-14,S/AC.44/2005/(02)/14\n";
  /** Over the application's 5 MB request limit. */
  private static final int OVERSIZED = 6 * 1024 * 1024;
  /** The Committee's own tables, compared row by row before and after each case. */
  private static final List<String> TABLES = List.of("member_state", "state_contact", "state_submission",
      "correspondence", "letter_sequence", "first_report_cycle", "matrix_round", "matrix_state_review",
      "matrix_approval", "matrix_late_comment", "matrix_comment", "matrix_deadline_extension");

  private static final Map<Integer, Integer> REFUSALS_BY_STATUS = new TreeMap<>();
  private static int tried;
  private static int refused;

  @LocalServerPort int port;
  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private final HttpClient client = HttpClient.newHttpClient();

  BadInputIT(JdbcClient jdbc, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, HistoryService historyService) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  /** One bad request and what its refusal must say. */
  record Case(String name, String user, String path, String contentType, Supplier<byte[]> body, int status,
      List<String> says) {

    Case status(int expected) {
      return new Case(name, user, path, contentType, body, expected, says);
    }

    Case as(String otherUser) {
      return new Case(name, otherUser, path, contentType, body, status, says);
    }

    Case type(String otherType) {
      return new Case(name, user, path, otherType, body, status, says);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void instancesWaitingForMessages() {
    runtimeService.startProcessInstanceByKey(FirstReportReminderProcess.KEY,
        Map.of(FirstReportReminderProcess.STATE_CODE, CYCLE_STATE));

    // The State's review is started by its round, as in use: the round is what makes the State's
    // comments and deadline extensions acceptable.
    ProcessInstance round = runtimeService.startProcessInstanceByKey(MatrixCirculation.PROCESS_KEY, Map.of(
        MatrixCirculation.REVIEW_YEAR, MATRIX_YEAR,
        MatrixCirculation.STATE_CODES, MATRIX_STATE,
        MatrixCirculation.COMMENT_DEADLINE, MATRIX_DEADLINE));
    for (Job start : managementService.createJobQuery().processInstanceId(round.getId()).messages().list()) {
      managementService.executeJob(start.getId());
    }
    ProcessInstance review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .singleResult();
    taskService.complete(taskService.createTaskQuery().processInstanceId(review.getId()).singleResult().getId(), Map.of(
        StateMatrixReview.MATRIX_VERSION, "1",
        StateMatrixReview.MATRIX_URL, "https://documents.example.org/1540/matrices/NPL.pdf",
        StateMatrixReview.CHANGES_SUMMARY, "No changes"));
    Job send = managementService.createJobQuery().processInstanceId(review.getId())
        .activityId(StateMatrixReview.TASK_SEND_MATRIX).singleResult();
    managementService.executeJob(send.getId());
    assertThat(runtimeService.getActiveActivityIds(review.getId())).contains("Gateway_ReminderOrComments");
  }

  @AfterAll
  void printTheCount() {
    LOG.info("Bad input: {} cases tried over REST and CSV; {} refused with a 4xx naming the problem and nothing "
        + "written (by HTTP status: {})", tried, refused, REFUSALS_BY_STATUS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputIsRefusedWithAMessageNamingTheProblemAndNothingIsWritten(Case bad) throws Exception {
    Map<String, String> before = snapshot();

    HttpResponse<String> response = send(bad);

    tried++;
    LOG.info("{} -> {} {}", bad.name(), response.statusCode(),
        response.body().length() > 300 ? response.body().substring(0, 300) + "..." : response.body());
    assertThat(response.statusCode()).as("%s: HTTP status (body: %s)", bad.name(), response.body())
        .isEqualTo(bad.status());
    assertThat(response.body()).as("%s: the refusal names the problem", bad.name()).contains(bad.says());
    assertThat(snapshot()).as("%s: nothing written", bad.name()).isEqualTo(before);
    refused++;
    REFUSALS_BY_STATUS.merge(response.statusCode(), 1, Integer::sum);
  }

  List<Case> cases() {
    LocalDate today = LocalDate.now(CommitteeClock.ZONE);
    String future = today.plusDays(3).toString();
    List<Case> cases = new ArrayList<>();

    // Unknown States, observers and non-members, lower case
    for (String code : List.of("XKX", "VAT", "PSE", "TWN", "ZZZ")) {
      cases.add(message("NationalReportReceived for " + code, "{'messageName':'NationalReportReceived',"
          + "'correlationKeys':{'stateCode':{'value':'" + code + "','type':'String'}},"
          + "'processVariables':{'reportReceivedOn':{'value':'2026-01-05','type':'String'}}}",
          "unknown State code '" + code + "' in correlationKeys.stateCode", "193 Member States"));
    }
    cases.add(message("MatrixCommentsReceived for XKX", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'stateCode':{'value':'XKX'},'reviewYear':{'value':2027,'type':'Integer'}}}",
        "unknown State code 'XKX' in correlationKeys.stateCode"));
    cases.add(message("MatrixCommentsReceived for TWN", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'stateCode':{'value':'TWN'},'reviewYear':{'value':2027,'type':'Integer'}}}",
        "unknown State code 'TWN'"));
    cases.add(message("NationalReportReceived for lower-case btn", "{'messageName':'NationalReportReceived',"
        + "'correlationKeys':{'stateCode':{'value':'btn'}},'processVariables':{'reportReceivedOn':{'value':'2026-01-05'}}}",
        "unknown State code 'btn'", "upper case: 'BTN'"));
    cases.add(message("MatrixCommentsReceived for lower-case npl", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'stateCode':{'value':'npl'},'reviewYear':{'value':2027,'type':'Integer'}}}",
        "upper case: 'NPL'"));
    cases.add(message("NationalReportReceived with a number for stateCode", "{'messageName':'NationalReportReceived',"
        + "'correlationKeys':{'stateCode':{'value':524,'type':'Integer'}}}",
        "correlationKeys.stateCode must be a State's ISO 3166-1 alpha-3 code"));
    cases.add(message("NationalReportReceived with a stateCode in processVariables for VAT",
        "{'messageName':'NationalReportReceived','correlationKeys':{'stateCode':{'value':'BTN'}},"
            + "'processVariables':{'stateCode':{'value':'VAT'},'reportReceivedOn':{'value':'2026-01-05'}}}",
        "The message NationalReportReceived carries stateCode, which it may not"));
    // Only administrators start a reminder cycle directly (the secretariat's campaign starts them):
    // the refusal of bad input is the administrator's to see, the secretariat's start is a 403.
    for (String code : List.of("XKX", "PSE")) {
      // Only the campaign starts a cycle; an administrator may, and meets the process's own check.
      cases.add(start("Reminder cycle started for " + code, FirstReportReminderProcess.KEY,
          "{'variables':{'stateCode':{'value':'" + code + "'}}}", "Unknown State code '" + code + "'",
          "193 Member States").as("admin"));
      cases.add(start("Reminder cycle started by the secretariat for " + code, FirstReportReminderProcess.KEY,
          "{'variables':{'stateCode':{'value':'" + code + "'}}}", "does not have 'CREATE_INSTANCE' permission")
          .status(403));
    }
    cases.add(start("Reminder cycle started with an empty stateCode", FirstReportReminderProcess.KEY,
        "{'variables':{'stateCode':{'value':''}}}", "needs the variable 'stateCode'").as("admin"));
    cases.add(start("Campaign for a JSON list with VAT and TWN", NonReportingStatesProcess.KEY,
        "{'variables':{'stateCodes':{'value':'[\\\"GEO\\\",\\\"VAT\\\",\\\"TWN\\\"]'}}}", "'VAT', 'TWN'",
        "193 Member States"));
    cases.add(start("Campaign for the year 'this one'", NonReportingStatesProcess.KEY,
        "{'variables':{'stateCodes':{'value':'GEO'},'campaignYear':{'value':'this one'}}}",
        "campaignYear must be a year such as", "not 'this one'"));
    cases.add(start("Campaign for comma-separated text with XKX", NonReportingStatesProcess.KEY,
        "{'variables':{'stateCodes':{'value':'GEO, XKX'}}}", "'XKX'"));
    cases.add(start("Matrix round for XKX and PSE", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':2031,'type':'Integer'},'stateCodes':{'value':'[\\\"XKX\\\",\\\"PSE\\\"]'}}}",
        "'XKX', 'PSE'", "193 Member States"));
    cases.add(start("National report recorded for PSE", RecordNationalReportProcess.KEY,
        "{'variables':{'stateCode':{'value':'PSE'},'reportReceivedOn':{'value':'2026-01-05'}}}", "Unknown State code 'PSE'"));
    cases.add(api("Report recorded over the Committee's API for XKX", "/api/reporting/reports",
        "{'stateCode':'XKX','receivedOn':'2026-01-05','reference':'NV/XKX/1'}", 400, "XKX"));
    cases.add(api("Matrix round over the Committee's API for TWN", "/api/matrix/rounds",
        "{'reviewYear':2032,'stateCodes':['FRA','TWN']}", 400, "TWN", "193 Member States"));
    cases.add(api("Deadline extension for XKX", "/api/matrix/2027/states/XKX/deadline",
        "{'commentDeadline':'2027-06-15','reason':'Asked by the Mission'}", 400, "Unknown State code 'XKX'", "193 Member States")
        .as("coordinator"));
    for (String code : List.of("XKX", "VAT", "PSE", "TWN")) {
      cases.add(contacts("Contacts file with " + code + " after a good row", CONTACTS_HEADER + GOOD_CONTACT
          + code + ",MISSION,Mission,," + code.toLowerCase() + "@example.org,2026-01-01\n", line(3),
          "unknown State code '" + code + "'"));
    }
    cases.add(firstReports("First-reports file with TWN after a good row",
        REPORTS_HEADER + GOOD_REPORT + "TWN,2004-11-01,\n", line(3), "unknown State code 'TWN'"));
    cases.add(firstReports("First-reports file with PSE", REPORTS_HEADER + "PSE,2004-11-01,\n",
        "unknown State code 'PSE'"));

    // Dates that are no dates, dates in the future, deadlines in the past
    for (String date : List.of("2027-13-45", "yesterday", "05/01/2026", "2026-02-30")) {
      cases.add(message("NationalReportReceived received on '" + date + "'", "{'messageName':'NationalReportReceived',"
          + "'correlationKeys':{'stateCode':{'value':'BTN'}},'processVariables':{'reportReceivedOn':{'value':'" + date + "'}}}",
          "reportReceivedOn", "'" + date + "'"));
    }
    cases.add(message("NationalReportReceived received in the future", "{'messageName':'NationalReportReceived',"
        + "'correlationKeys':{'stateCode':{'value':'BTN'}},'processVariables':{'reportReceivedOn':{'value':'" + future + "'}}}",
        "reportReceivedOn " + future + " is in the future"));
    cases.add(message("NationalReportReceived with a number for its date", "{'messageName':'NationalReportReceived',"
        + "'correlationKeys':{'stateCode':{'value':'BTN'}},'processVariables':{'reportReceivedOn':{'value':20260105,'type':'Long'}}}",
        "reportReceivedOn must be a date written year-month-day", "'20260105'"));
    cases.add(message("MatrixCommentsReceived on '2027-13-45'", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'stateCode':{'value':'NPL'},'reviewYear':{'value':2027,'type':'Integer'}},"
        + "'processVariables':{'commentsReceivedOn':{'value':'2027-13-45'}}}", "commentsReceivedOn '2027-13-45' is not a day of the calendar"));
    cases.add(message("MatrixCommentsReceived 'yesterday'", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'stateCode':{'value':'NPL'},'reviewYear':{'value':2027,'type':'Integer'}},"
        + "'processVariables':{'commentsReceivedOn':{'value':'yesterday'}}}", "commentsReceivedOn must be a date written year-month-day, such as 2027-05-29, not 'yesterday'"));
    cases.add(message("MatrixCommentsReceived in the future", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'stateCode':{'value':'NPL'},'reviewYear':{'value':2027,'type':'Integer'}},"
        + "'processVariables':{'commentsReceivedOn':{'value':'" + future + "'}}}", "commentsReceivedOn " + future + " is in the future"));
    cases.add(start("National report recorded on '2027-13-45'", RecordNationalReportProcess.KEY,
        "{'variables':{'stateCode':{'value':'SEN'},'reportReceivedOn':{'value':'2027-13-45'}}}",
        "reportReceivedOn '2027-13-45' is not a day of the calendar"));
    cases.add(api("Report recorded over the Committee's API 'yesterday'", "/api/reporting/reports",
        "{'stateCode':'SEN','receivedOn':'yesterday'}", 400, "reportReceivedOn must be a date written year-month-day",
        "not 'yesterday'"));
    cases.add(api("Report recorded over the Committee's API in the future", "/api/reporting/reports",
        "{'stateCode':'SEN','receivedOn':'" + future + "'}", 400, "is in the future"));
    for (String deadline : List.of("2031-13-45", "yesterday")) {
      cases.add(start("Matrix round with commentDeadline '" + deadline + "'", MatrixCirculation.PROCESS_KEY,
          "{'variables':{'reviewYear':{'value':2031,'type':'Integer'},'commentDeadline':{'value':'" + deadline + "'}}}",
          "commentDeadline", "'" + deadline + "'"));
    }
    cases.add(start("Matrix round with a commentDeadline in the past", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':2031,'type':'Integer'},'commentDeadline':{'value':'"
            + today.minusDays(1) + "'}}}", "commentDeadline " + today.minusDays(1) + " is in the past"));
    cases.add(api("Matrix round over the Committee's API with a deadline in the past", "/api/matrix/rounds",
        "{'reviewYear':2031,'commentDeadline':'2020-05-29'}", 400, "commentDeadline 2020-05-29 is in the past"));
    cases.add(api("Deadline extension to '2027-13-45'", "/api/matrix/2027/states/NPL/deadline",
        "{'commentDeadline':'2027-13-45','reason':'Asked by the Mission'}", 400, "newCommentDeadline '2027-13-45' is not a day of the calendar")
        .as("coordinator"));
    cases.add(api("Deadline extension to a day before the current deadline", "/api/matrix/2027/states/NPL/deadline",
        "{'commentDeadline':'2027-05-01','reason':'Asked by the Mission'}", 400,
        "2027-05-01 does not extend the current deadline " + MATRIX_DEADLINE).as("coordinator"));
    for (String date : List.of("2027-13-45", "yesterday")) {
      cases.add(contacts("Contacts file valid from '" + date + "'", CONTACTS_HEADER + GOOD_CONTACT
          + "DEU,POC,Anna Schmidt,,a.schmidt@example.org," + date + "\n", line(3),
          "valid_from '" + date + "' is not a date in the form YYYY-MM-DD"));
      cases.add(firstReports("First-reports file received on '" + date + "'", REPORTS_HEADER + GOOD_REPORT
          + "DEU,"  + date + ",\n", line(3), "received_on '" + date + "' is not a date in the form YYYY-MM-DD"));
    }
    cases.add(firstReports("First-reports file received in the future", REPORTS_HEADER + "DEU," + future + ",\n",
        "received_on " + future + " is in the future"));

    // A long file with one bad row at its end: all or nothing
    cases.add(contacts("Contacts file of 193 good rows and a bad last one", CONTACTS_HEADER + everyState(code ->
        code + ",POC,Point of contact of " + code + ",,new.poc." + code.toLowerCase() + "@example.org,2026-01-01\n")
        + "KEN,POC,\"Wanjiru\nKamau\",,w.kamau@example.org,\n", line(195), "name contains a line break"));
    cases.add(firstReports("First-reports file of 193 good rows and a bad last one", REPORTS_HEADER
        + everyState(code -> code + ",2005-01-01,\n").replace("KEN,2005-01-01,\n", "") + "KEN," + future + ",\n",
        line(194), "received_on " + future + " is in the future"));

    // Required variables missing
    cases.add(start("Matrix round without reviewYear", MatrixCirculation.PROCESS_KEY, "{'variables':{}}",
        "reviewYear is required"));
    cases.add(start("Matrix round with reviewYear 'next year'", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':'next year'}}}", "reviewYear must be a year such as 2027, not 'next year'"));
    cases.add(start("Matrix round with reviewYear 1999", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':1999,'type':'Integer'}}}", "reviewYear must be a year between 2004 and 2100, not 1999"));
    cases.add(start("Matrix round with an unknown noReplyPolicy", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':2031,'type':'Integer'},'noReplyPolicy':{'value':'SILENCE'}}}",
        "noReplyPolicy must be one of [COMMITTEE_APPROVAL, TACIT_APPROVAL], not 'SILENCE'"));
    cases.add(api("Matrix round over the Committee's API without reviewYear", "/api/matrix/rounds", "{}", 400,
        "reviewYear is required"));
    cases.add(start("Reminder cycle without stateCode", FirstReportReminderProcess.KEY, "{'variables':{}}",
        "needs the variable 'stateCode'").as("admin"));
    cases.add(start("National report recorded without its date", RecordNationalReportProcess.KEY,
        "{'variables':{'stateCode':{'value':'SEN'}}}", "reportReceivedOn"));
    cases.add(api("Report recorded over the Committee's API without a date", "/api/reporting/reports",
        "{'stateCode':'SEN'}", 400, "reportReceivedOn"));
    cases.add(api("Report recorded over the Committee's API without a State", "/api/reporting/reports",
        "{'receivedOn':'2026-01-05'}", 400, "stateCode"));
    cases.add(message("NationalReportReceived without its date", "{'messageName':'NationalReportReceived',"
        + "'correlationKeys':{'stateCode':{'value':'BTN'}}}", "needs the variable 'reportReceivedOn'"));
    cases.add(message("NationalReportReceived without a State", "{'messageName':'NationalReportReceived',"
        + "'processVariables':{'reportReceivedOn':{'value':'2026-01-05'}}}", "must name correlationKeys.stateCode"));
    cases.add(message("MatrixCommentsReceived without a State", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'reviewYear':{'value':2027,'type':'Integer'}}}", "must name correlationKeys.stateCode"));
    cases.add(message("A message without a name", "{'correlationKeys':{'stateCode':{'value':'BTN'}}}",
        "No message name supplied"));
    cases.add(api("Deadline extension without a date", "/api/matrix/2027/states/NPL/deadline",
        "{'reason':'Asked by the Mission'}", 400, "newCommentDeadline is required").as("coordinator"));

    // Oversized payloads
    cases.add(oversized("Contacts file over 5 MB", CONTACTS, "text/csv", () -> repeat(CONTACTS_HEADER, GOOD_CONTACT)));
    cases.add(oversized("First-reports file over 5 MB", FIRST_REPORTS, "text/csv", () -> repeat(REPORTS_HEADER, GOOD_REPORT)));
    cases.add(oversized("Message over 5 MB", "/engine-rest/message", "application/json", () -> jsonOver5Mb(
        "{\"messageName\":\"NationalReportReceived\",\"correlationKeys\":{\"stateCode\":{\"value\":\"BTN\"}},"
            + "\"processVariables\":{\"reportReceivedOn\":{\"value\":\"2026-01-05\"},\"reportReference\":{\"value\":\"")));
    cases.add(oversized("Process start over 5 MB", "/engine-rest/process-definition/key/" + MatrixCirculation.PROCESS_KEY
        + "/start", "application/json", () -> jsonOver5Mb(
        "{\"variables\":{\"reviewYear\":{\"value\":2031,\"type\":\"Integer\"},\"stateCodes\":{\"value\":\"")));
    cases.add(oversized("Message over 5 MB to the web applications' engine API",
        "/camunda/api/engine/engine/default/message", "application/json", () -> jsonOver5Mb(
        "{\"messageName\":\"NationalReportReceived\",\"all\":true,\"processVariables\":{\"reportReceivedOn\":"
            + "{\"value\":\"")));
    cases.add(oversized("Matrix round over the Committee's API over 5 MB", "/api/matrix/rounds", "application/json",
        () -> jsonOver5Mb("{\"reviewYear\":2031,\"stateCodes\":\"")));
    cases.add(oversized("Report over the Committee's API over 5 MB", "/api/reporting/reports", "application/json",
        () -> jsonOver5Mb("{\"stateCode\":\"SEN\",\"receivedOn\":\"2026-01-05\",\"reference\":\"")));

    // Malformed JSON
    cases.add(message("Message that is not JSON", "{'messageName': 'NationalReportReceived', ",
        "The request body is not valid JSON"));
    cases.add(start("Process start that is not JSON", MatrixCirculation.PROCESS_KEY, "{'variables': {",
        "The request body is not the JSON this endpoint reads: Unexpected end-of-input"));
    cases.add(message("Message with a JSON array", "['NationalReportReceived']",
        "The request body is not the JSON this endpoint reads", "from Array value"));
    cases.add(start("Process start with an Integer that is no number", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':'twenty','type':'Integer'}}}", "twenty"));
    // Numbers that do not fit their type, named as sent (Camunda's REST layer narrowed them silently)
    cases.add(start("Matrix round with an Integer reviewYear of 99999999999", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':99999999999,'type':'Integer'}}}",
        "variables.reviewYear 99999999999 does not fit the type Integer"));
    cases.add(start("Matrix round with an Integer reviewYear of 2031.5", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':2031.5,'type':'Integer'}}}",
        "variables.reviewYear 2031.5 does not fit the type Integer"));
    cases.add(start("Matrix round with a Short reviewYear of 70000", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':70000,'type':'Short'}}}",
        "variables.reviewYear 70000 does not fit the type Short"));
    cases.add(start("Matrix round with a Long of 2^70", MatrixCirculation.PROCESS_KEY,
        "{'variables':{'reviewYear':{'value':2031,'type':'Integer'},'roundNumber':{'value':1180591620717411303424,'type':'Long'}}}",
        "variables.roundNumber 1180591620717411303424 does not fit the type Long"));
    cases.add(message("MatrixCommentsReceived for the year 99999999999", "{'messageName':'MatrixCommentsReceived',"
        + "'correlationKeys':{'stateCode':{'value':'NPL'},'reviewYear':{'value':99999999999,'type':'Integer'}}}",
        "correlationKeys.reviewYear 99999999999 does not fit the type Integer"));
    cases.add(api("Report over the Committee's API that is not JSON", "/api/reporting/reports", "{'stateCode': 'SEN'",
        400, "The request body cannot be read"));
    cases.add(api("Matrix round over the Committee's API that is not JSON", "/api/matrix/rounds", "reviewYear=2031",
        400, "The request body cannot be read"));
    cases.add(api("Deadline extension that is not JSON", "/api/matrix/2027/states/NPL/deadline", "2027-06-15",
        400, "The request body cannot be read").as("coordinator"));
    cases.add(api("Deadline extension without a body", "/api/matrix/2027/states/NPL/deadline", "", 400,
        "The request body is empty").as("coordinator"));

    // Malformed CSV
    cases.add(contacts("Contacts file with an unclosed quote", CONTACTS_HEADER + GOOD_CONTACT
        + "DEU,POC,\"Anna Schmidt,,a.schmidt@example.org,2026-01-01\n", "malformed CSV"));
    cases.add(contacts("Contacts file with another header", "country,role,name,organization,email,valid_from\n"
        + GOOD_CONTACT, line(1), "the header must be exactly 'state,role,name,organization,email,valid_from'"));
    cases.add(contacts("Contacts file with only a header", CONTACTS_HEADER, "the file has a header but no contacts"));
    cases.add(contacts("Contacts file with a short row", CONTACTS_HEADER + GOOD_CONTACT + "DEU,POC,Anna Schmidt\n",
        line(3), "expected 6 fields but found 3"));
    cases.add(contacts("Contacts file with an unknown role", CONTACTS_HEADER + GOOD_CONTACT
        + "DEU,AMBASSADOR,Anna Schmidt,,a.schmidt@example.org,\n", "role 'AMBASSADOR' is neither MISSION nor POC"));
    cases.add(contacts("Contacts file with two Missions for a State", CONTACTS_HEADER
        + "DEU,MISSION,Mission of Germany,,de1@example.org,\nDEU,MISSION,Mission of Germany,,de2@example.org,\n",
        line(3), "one Permanent Mission address"));
    cases.add(contacts("Contacts file with the same row twice", CONTACTS_HEADER + GOOD_CONTACT + GOOD_CONTACT,
        line(3), "duplicate row"));
    cases.add(contacts("Contacts file with a bad e-mail address", CONTACTS_HEADER + GOOD_CONTACT
        + "DEU,POC,Anna Schmidt,,anna.schmidt-at-example.org,\n", line(3)));
    cases.add(contacts("Contacts file of semicolon-separated values", "state;role;name;organization;email;valid_from\n"
        + "FRA;POC;Jeanne Martin;;j.martin@example.org;\n", "the header must be exactly"));
    cases.add(api("Contacts file that is empty", CONTACTS, "", 400, "The request body is empty")
        .type("text/csv"));
    cases.add(firstReports("First-reports file with an unclosed quote", REPORTS_HEADER + GOOD_REPORT
        + "DEU,2005-01-01,\"NV/DEU\n", "malformed CSV"));
    cases.add(firstReports("First-reports file with another header", "state,date\n" + "SEN,2005-03-14\n",
        "the header must be exactly 'state,received_on,reference'"));
    cases.add(firstReports("First-reports file with one State twice", REPORTS_HEADER + GOOD_REPORT + GOOD_REPORT,
        line(3), "a State has one first report"));

    // Header injection: line breaks in what could reach a mail header
    cases.add(contacts("Contact name with CR LF and a Bcc header", CONTACTS_HEADER + GOOD_CONTACT
        + "DEU,POC,\"Anna Schmidt\r\nBcc: attacker@evil.example\",,a.schmidt@example.org,\n",
        line(3), "name contains a line break or control character"));
    cases.add(contacts("Contact name with LF and a Subject header", CONTACTS_HEADER
        + "DEU,MISSION,\"Mission of Germany\nSubject: Urgent: wire the funds\",,mission.deu@example.org,\n",
        line(2), "name contains a line break or control character"));
    cases.add(contacts("Contact organization with CR", CONTACTS_HEADER
        + "DEU,POC,Anna Schmidt,\"Foreign Office\rX-Injected: yes\",a.schmidt@example.org,\n",
        "organization contains a line break or control character"));
    cases.add(contacts("Contact e-mail with CR LF and a Bcc header", CONTACTS_HEADER
        + "DEU,POC,Anna Schmidt,,\"a.schmidt@example.org\r\nBcc: attacker@evil.example\",\n", line(2)));
    cases.add(contacts("Contact e-mail with two addresses", CONTACTS_HEADER
        + "DEU,POC,Anna Schmidt,,\"a.schmidt@example.org, attacker@evil.example\",\n", line(2)));
    cases.add(contacts("Contact name with a NUL byte", CONTACTS_HEADER
        + "DEU,POC,Anna\u0000Schmidt,,a.schmidt@example.org,\n", "name contains a line break or control character"));
    cases.add(firstReports("First-report reference with CR LF", REPORTS_HEADER
        + "DEU,2005-01-01,\"NV/DEU/1\r\nBcc: attacker@evil.example\"\n", "reference contains a line break"));
    cases.add(start("Matrix round whose deadline (it goes into the subject) carries a header",
        MatrixCirculation.PROCESS_KEY, "{'variables':{'reviewYear':{'value':2031,'type':'Integer'},"
            + "'commentDeadline':{'value':'2031-05-29\\r\\nBcc: attacker@evil.example'}}}",
        "commentDeadline must be a date written year-month-day"));

    // Wrong content types
    cases.add(api("Contacts file sent as JSON", CONTACTS, "[{'state':'FRA'}]", 415,
        "Content-Type 'application/json' is not accepted here; send text/csv"));
    cases.add(csv("First-reports file sent as XML", FIRST_REPORTS, "<reports/>", 415,
        "Content-Type 'application/xml' is not accepted here; send text/csv").type("application/xml"));
    // A plain HTML form can send text/plain across sites without asking: imports take text/csv only
    cases.add(csv("Contacts file sent as text/plain", CONTACTS, CONTACTS_HEADER + GOOD_CONTACT, 415,
        "Content-Type 'text/plain' is not accepted here; send text/csv").type("text/plain"));
    cases.add(csv("First-reports file sent as text/plain", FIRST_REPORTS, REPORTS_HEADER + GOOD_REPORT, 415,
        "Content-Type 'text/plain' is not accepted here; send text/csv").type("text/plain"));
    cases.add(csv("Report over the Committee's API sent as text", "/api/reporting/reports",
        "stateCode=SEN", 415, "Content-Type 'text/plain' is not accepted here; send application/json").type("text/plain"));
    cases.add(csv("Matrix round over the Committee's API sent as CSV", "/api/matrix/rounds",
        "reviewYear\n2031\n", 415, "Content-Type 'text/csv' is not accepted here"));
    cases.add(message("Message sent as text", "{'messageName':'NationalReportReceived',"
        + "'correlationKeys':{'stateCode':{'value':'BTN'}}}", "Unsupported Media Type").type("text/plain").status(415));
    cases.add(start("Process start sent as a form", MatrixCirculation.PROCESS_KEY, "reviewYear=2031",
        "Unsupported Media Type").type("application/x-www-form-urlencoded").status(415));

    return cases;
  }

  /** One line per Member State, from the registry's data file. */
  private static String everyState(Function<String, String> line) {
    StringBuilder lines = new StringBuilder();
    try (InputStream in = BadInputIT.class.getResourceAsStream("/registry/member-states.csv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
          .map(l -> l.substring(0, l.indexOf(','))).forEach(code -> lines.append(line.apply(code)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines.toString();
  }

  private static Case message(String name, String json, String... says) {
    return new Case(name, "staff", "/engine-rest/message", "application/json", utf8(json(json)), 400, List.of(says));
  }

  private static Case start(String name, String processKey, String json, String... says) {
    return new Case(name, "staff", "/engine-rest/process-definition/key/" + processKey + "/start", "application/json",
        utf8(json(json)), 400, List.of(says));
  }

  private static Case contacts(String name, String csv, String... says) {
    return csv(name, CONTACTS, csv, 422, says);
  }

  private static Case firstReports(String name, String csv, String... says) {
    return csv(name, FIRST_REPORTS, csv, 422, says);
  }

  private static Case csv(String name, String path, String csv, int status, String... says) {
    return new Case(name, "staff", path, "text/csv", utf8(csv), status, List.of(says));
  }

  private static Case api(String name, String path, String json, int status, String... says) {
    return new Case(name, "staff", path, "application/json", utf8(json(json)), status, List.of(says));
  }

  private static Case oversized(String name, String path, String contentType, Supplier<byte[]> body) {
    return new Case(name, "staff", path, contentType, body, 413, List.of("larger than 5 MB"));
  }

  /** How a CSV refusal names the line of a problem. */
  private static String line(int number) {
    return "\"line\":" + number + ",";
  }

  /** JSON written with single quotes, for legibility. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static Supplier<byte[]> utf8(String text) {
    return () -> text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] repeat(String header, String row) {
    StringBuilder text = new StringBuilder(header);
    while (text.length() <= OVERSIZED) {
      text.append(row);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON document whose last string value makes it larger than the limit. */
  private static byte[] jsonOver5Mb(String openUpToAString) {
    return (openUpToAString + "x".repeat(OVERSIZED) + "\"}}}").getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(Case bad) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + bad.path()))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (bad.user() + ":" + ("admin".equals(bad.user()) ? "admin" : "demo")).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", bad.contentType())
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bad.body().get()))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The Committee's tables row by row (a digest of every column), and the engine's counts: process
   * instances (history, so that one started and ended counts too), activity instances, variables and
   * their updates, jobs, tasks, incidents.
   */
  private Map<String, String> snapshot() {
    Map<String, String> state = new LinkedHashMap<>();
    for (String table : TABLES) {
      state.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query(rs -> {
        MessageDigest digest = sha256();
        ResultSetMetaData columns = rs.getMetaData();
        int rows = 0;
        while (rs.next()) {
          rows++;
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
          }
        }
        return rows + " rows, " + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
      }));
    }
    state.put("process instances", Long.toString(historyService.createHistoricProcessInstanceQuery().count()));
    state.put("activity instances", Long.toString(historyService.createHistoricActivityInstanceQuery().count()));
    state.put("variables", Long.toString(historyService.createHistoricVariableInstanceQuery().count()));
    state.put("variable updates", Long.toString(historyService.createHistoricDetailQuery().count()));
    state.put("jobs", Long.toString(managementService.createJobQuery().count()));
    state.put("tasks", Long.toString(taskService.createTaskQuery().count()));
    state.put("incidents", Long.toString(runtimeService.createIncidentQuery().count()));
    return state;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

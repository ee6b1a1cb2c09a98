package org.un.sc1540.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.un.sc1540.workflow.assistance.AssistanceArea.ENFORCEMENT;
import static org.un.sc1540.workflow.assistance.AssistanceArea.LEGISLATION;
import static org.un.sc1540.workflow.assistance.AssistanceRequestProcess.*;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.un.sc1540.workflow.CommitteeTest;

/**
 * The quarterly update on a register seeded through the processes (a year no other test uses): the
 * counts as JSON, and the same counts read back from the CSV (commons-csv) and the XLSX (Apache POI).
 */
@CommitteeTest
class AssistanceReportTest {

  private static final int YEAR = 2025;

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AssistanceRequests requests;
  @Autowired AssistanceOffers offers;
  @Autowired AssistanceReport reports;

  AssistanceScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new AssistanceScenario(runtimeService, taskService, managementService, requests, offers);
  }

  /** Q1: C arrives (consent refused). Q2: A arrives, is circulated, matched, delivered, given feedback; B arrives; C is closed unmatched. */
  private Map<String, String> seed() {
    AssistanceScenario.at(LocalDate.of(YEAR, 1, 20), 10);
    AssistanceRequests.Registered c = scenario.register("BWA", LocalDate.of(YEAR, 1, 20), false, false, ENFORCEMENT);
    scenario.reviewAndCirculate(c.processInstanceId());
    scenario.complete(c.processInstanceId(), TASK_RECORD_CONSENT, Map.of(CONSENT_DECISION, "REFUSED"));

    AssistanceScenario.at(LocalDate.of(YEAR, 4, 10), 10);
    scenario.stateOffer("PRT", null, LEGISLATION);
    AssistanceRequests.Registered a = scenario.register("BFA", LocalDate.of(YEAR, 4, 9), false, true, LEGISLATION,
        ENFORCEMENT);
    scenario.reviewAndCirculate(a.processInstanceId());
    scenario.complete(a.processInstanceId(), TASK_REVIEW_CIRCULATION, Map.of());

    AssistanceScenario.at(LocalDate.of(YEAR, 5, 1), 10);
    AssistanceOffers.Registered answer = scenario.stateOffer("PRT", a.id(), LEGISLATION);
    scenario.complete(a.processInstanceId(), TASK_RECORD_MATCH, Map.of(MATCH_DECISION, DECISION_MATCH,
        MATCHED_OFFER, answer.offerId()));

    AssistanceScenario.at(LocalDate.of(YEAR, 5, 5), 10);
    AssistanceRequests.Registered b = scenario.register("NAM", LocalDate.of(YEAR, 5, 5), false, true, LEGISLATION);

    scenario.fire(c.processInstanceId(), EVENT_UNMATCHED_TOO_LONG);
    scenario.complete(c.processInstanceId(), TASK_DECIDE_UNMATCHED, Map.of(UNMATCHED_DECISION, DECISION_CLOSE));

    AssistanceScenario.at(LocalDate.of(YEAR, 6, 2), 10);
    requests.deliveryReported(a.id(), LocalDate.of(YEAR, 6, 1), "Draft law reviewed.");
    requests.feedbackReported(a.id(), Party.REQUESTER, LocalDate.of(YEAR, 6, 2), "Timely.");
    scenario.runJobs(a.processInstanceId());
    AssistanceScenario.at(LocalDate.of(YEAR, 7, 1), 10);
    return Map.of("A", a.businessKey(), "B", b.businessKey(), "C", c.businessKey());
  }

  @Test
  void theQuarterlyUpdateCountsTheSeededRegisterAlikeInJsonCsvAndXlsx() throws Exception {
    Map<String, String> refs = seed();

    AssistanceReport.Report report = reports.report(YEAR, 2);
    assertThat(report.requestsReceived()).isEqualTo(2);
    assertThat(report.requestsCirculated()).isEqualTo(1);
    assertThat(report.requestsMatched()).isEqualTo(1);
    assertThat(report.requestsDelivered()).isEqualTo(1);
    assertThat(report.requestsClosed()).isEqualTo(1);
    assertThat(report.openAtEnd()).isEqualTo(2);
    assertThat(report.offersReceived()).isEqualTo(2);
    assertThat(report.feedbackFromRequesters()).isEqualTo(1);
    assertThat(report.feedbackFromProviders()).isZero();
    assertThat(report.requestsByArea()).containsEntry(LEGISLATION, 2).containsEntry(ENFORCEMENT, 1);
    assertThat(report.offersByArea()).containsEntry(LEGISLATION, 2).containsEntry(ENFORCEMENT, 0);
    assertThat(report.open()).extracting(AssistanceReport.OpenRequest::reference)
        .containsExactly(refs.get("A"), refs.get("B"));
    assertThat(report.open().get(0).ageDays()).isEqualTo(82);
    assertThat(report.open().get(0).stage()).isEqualTo("delivered");
    assertThat(report.open().get(1).stage()).isEqualTo("received");
    assertThat(report.matches()).extracting(AssistanceReport.MatchLine::provider).containsExactly("Portugal");
    AssistanceReport.Report first = reports.report(YEAR, 1);
    assertThat(first.requestsReceived()).isEqualTo(1);
    assertThat(first.open()).extracting(AssistanceReport.OpenRequest::reference).containsExactly(refs.get("C"));

    String query = "?year=" + YEAR + "&quarter=2";
    ResponseEntity<String> csv = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/assistance/report.csv" + query, String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    Map<String, String> summary = new HashMap<>();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.getBody())).getRecords();
    rows.stream().filter(r -> r.get("section").equals("summary")).forEach(r -> summary.put(r.get("item"), r.get("count")));
    for (Map.Entry<String, Integer> measure : report.measures()) {
      assertThat(summary).containsEntry(measure.getKey(), measure.getValue().toString());
    }
    assertThat(rows).filteredOn(r -> r.get("section").equals("open_request")).extracting(r -> r.get("item"))
        .containsExactly(refs.get("A"), refs.get("B"));
    assertThat(rows).filteredOn(r -> r.get("section").equals("offers_by_area") && r.get("item").equals("LEGISLATION"))
        .extracting(r -> r.get("count")).containsExactly("2");

    ResponseEntity<byte[]> xlsx = http.withBasicAuth("coordinator", "demo")
        .getForEntity("/api/assistance/report.xlsx" + query, byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = book.getSheet("Summary");
      Map<String, Integer> cells = new HashMap<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 1) {
          cells.put(row.getCell(0).getStringCellValue(), (int) row.getCell(1).getNumericCellValue());
        }
      }
      for (Map.Entry<String, Integer> measure : report.measures()) {
        assertThat(cells).containsEntry(measure.getKey(), measure.getValue());
      }
      Sheet open = book.getSheet("Open requests");
      assertThat(open.getRow(1).getCell(0).getStringCellValue()).isEqualTo(refs.get("A"));
      assertThat((int) open.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(82);
      assertThat(book.getSheet("Matches").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Portugal");
    }

    ResponseEntity<String> json = http.withBasicAuth("staff", "demo")
        .getForEntity("/api/assistance/report" + query, String.class);
    assertThat(json.getBody()).contains("\"requestsReceived\":2").contains("\"openAtEnd\":2");
  }

  @Test
  void aQuarterOutOfRangeIsRefusedByName() {
    ResponseEntity<String> response = http.withBasicAuth("staff", "demo")
        .getForEntity("/api/assistance/report?year=2027&quarter=5", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("quarter must lie between 1 and 4, not 5");
  }

  @Test
  void theQuarterlyUpdateOpensOnTheFirstDayOfAQuarterAsACoordinatorsTask() {
    AssistanceScenario.at(LocalDate.of(2035, 3, 31), 12);
    String job = managementService.createJobQuery().processDefinitionKey(AssistanceQuarterlyUpdateProcess.KEY)
        .timers().singleResult().getId();
    AssistanceScenario.at(LocalDate.of(2035, 4, 1), 12);
    managementService.executeJob(job);

    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ASSIST-UPDATE-2035-Q1")
        .singleResult();
    assertThat(instance).isNotNull();
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Present the quarterly update on assistance — Q1 2035");
    assertThat((String) taskService.getVariable(task.getId(), AssistanceQuarterlyUpdateProcess.REPORT_SUMMARY))
        .contains("requests received: 0");
    taskService.complete(task.getId(), Map.of(AssistanceQuarterlyUpdateProcess.PRESENTED_ON, "2035-04-01"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }
}

package org.un.sc1540.workflow.assistance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.un.sc1540.workflow.config.CommitteeClock;
import org.un.sc1540.workflow.input.Inputs;
import org.un.sc1540.workflow.input.Refused;
import org.un.sc1540.workflow.security.CommitteeAccess;
import org.un.sc1540.workflow.security.CommitteeGroups;

/**
 * The quarterly update on requests and offers (PoW §9(a), §9(h)), computed from the register for
 * any quarter: requests received, circulated, matched, delivered and closed in the quarter; those
 * open at its end with their age and stage; offers received by area; matches; feedback. A
 * confidential request is counted, but named only to those who may see it.
 */
@Component
public class AssistanceReport {

  static final String CONFIDENTIAL = "(confidential)";

  private final AssistanceRegister register;
  private final AssistanceRequests requests;
  private final CommitteeAccess access;
  private final CommitteeClock clock;

  AssistanceReport(AssistanceRegister register, AssistanceRequests requests, CommitteeAccess access,
      CommitteeClock clock) {
    this.register = register;
    this.requests = requests;
    this.access = access;
    this.clock = clock;
  }

  public record Quarter(int year, int quarter, LocalDate from, LocalDate to) {

    static Quarter of(int year, int quarter) {
      LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
      return new Quarter(year, quarter, from, from.plusMonths(3).minusDays(1));
    }

    boolean contains(LocalDate day) {
      return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    public String label() {
      return "Q" + quarter + " " + year;
    }
  }

  /** A request open at the quarter's end; reference and State hidden if confidential and the reader may not see it. */
  public record OpenRequest(String reference, String stateCode, LocalDate receivedOn, long ageDays, String stage) {}

  public record MatchLine(String reference, String stateCode, String provider, LocalDate matchedOn) {}

  public record Report(int year, int quarter, LocalDate from, LocalDate to, int requestsReceived, int requestsCirculated,
      int requestsMatched, int requestsDelivered, int requestsClosed, int openAtEnd, int offersReceived,
      int feedbackFromRequesters, int feedbackFromProviders, Map<AssistanceArea, Integer> requestsByArea,
      Map<AssistanceArea, Integer> offersByArea, List<OpenRequest> open, List<MatchLine> matches) {

    /** The counts as (measure, number), in the order the update presents them. */
    public List<Map.Entry<String, Integer>> measures() {
      return List.of(Map.entry("requests_received", requestsReceived), Map.entry("requests_circulated", requestsCirculated),
          Map.entry("requests_matched", requestsMatched), Map.entry("requests_delivered", requestsDelivered),
          Map.entry("requests_closed", requestsClosed), Map.entry("requests_open_at_end", openAtEnd),
          Map.entry("offers_received", offersReceived), Map.entry("feedback_from_requesting_states", feedbackFromRequesters),
          Map.entry("feedback_from_providers", feedbackFromProviders));
    }
  }

  public Report report(Object yearValue, Object quarterValue) {
    int year = Inputs.year("year", yearValue);
    int quarter = Inputs.requiredInteger("quarter", quarterValue, 1, 4);
    return report(Quarter.of(year, quarter));
  }

  Report report(Quarter q) {
    List<AssistanceRequest> all = register.requests();
    List<Offer> offers = register.offers();
    Map<Long, Provider> providers = register.providers().stream()
        .collect(Collectors.toMap(Provider::id, Function.identity()));
    boolean named = requests.mayReadConfidential();
    Map<AssistanceArea, Integer> requestsByArea = new EnumMap<>(AssistanceArea.class);
    Map<AssistanceArea, Integer> offersByArea = new EnumMap<>(AssistanceArea.class);
    for (AssistanceArea area : AssistanceArea.values()) {
      requestsByArea.put(area, 0);
      offersByArea.put(area, 0);
    }
    all.stream().filter(r -> q.contains(r.receivedOn()))
        .forEach(r -> r.areas().forEach(a -> requestsByArea.merge(a, 1, Integer::sum)));
    List<Offer> offersIn = offers.stream().filter(o -> q.contains(o.receivedOn())).toList();
    offersIn.forEach(o -> o.areas().forEach(a -> offersByArea.merge(a, 1, Integer::sum)));
    List<OpenRequest> open = new ArrayList<>();
    for (AssistanceRequest r : all) {
      boolean openAtEnd = !r.receivedOn().isAfter(q.to()) && (r.closedOn() == null || r.closedOn().isAfter(q.to()));
      if (openAtEnd) {
        boolean hidden = r.confidential() && !named;
        open.add(new OpenRequest(hidden ? CONFIDENTIAL : r.businessKey(), hidden ? CONFIDENTIAL : r.stateCode(),
            hidden ? null : r.receivedOn(), ChronoUnit.DAYS.between(r.receivedOn(), q.to()), stageAt(r, q.to())));
      }
    }
    open.sort((a, b) -> Long.compare(b.ageDays(), a.ageDays()));
    List<MatchLine> matches = all.stream().filter(r -> q.contains(r.matchedOn()))
        .map(r -> {
          boolean hidden = r.confidential() && !named;
          return new MatchLine(hidden ? CONFIDENTIAL : r.businessKey(), hidden ? CONFIDENTIAL : r.stateCode(),
              providers.get(r.matchedProviderId()).name(), r.matchedOn());
        })
        .toList();
    List<Feedback> feedback = register.allFeedback().stream().filter(f -> q.contains(f.receivedOn())).toList();
    return new Report(q.year(), q.quarter(), q.from(), q.to(),
        count(all, q, AssistanceRequest::receivedOn), count(all, q, AssistanceRequest::circulatedOn),
        count(all, q, AssistanceRequest::matchedOn), count(all, q, AssistanceRequest::deliveredOn),
        count(all, q, AssistanceRequest::closedOn), open.size(), offersIn.size(),
        (int) feedback.stream().filter(f -> f.from() == Party.REQUESTER).count(),
        (int) feedback.stream().filter(f -> f.from() == Party.PROVIDER).count(),
        requestsByArea, offersByArea, open, matches);
  }

  private static int count(List<AssistanceRequest> all, Quarter q, Function<AssistanceRequest, LocalDate> day) {
    return (int) all.stream().map(day).filter(q::contains).count();
  }

  /** Where a request stood at the end of a day, from the dates of its steps. */
  static String stageAt(AssistanceRequest r, LocalDate day) {
    if (r.deliveredOn() != null && !r.deliveredOn().isAfter(day)) {
      return "delivered";
    }
    if (r.matchedOn() != null && !r.matchedOn().isAfter(day)) {
      return "matched";
    }
    if (r.circulatedOn() != null && !r.circulatedOn().isAfter(day)) {
      return "circulated";
    }
    return "received";
  }

  public void writeCsv(Report report, Writer out) throws IOException {
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader("section", "item", "count", "detail").get())) {
      String period = report.from() + " to " + report.to();
      for (Map.Entry<String, Integer> measure : report.measures()) {
        csv.printRecord("summary", measure.getKey(), measure.getValue(), period);
      }
      for (AssistanceArea area : AssistanceArea.values()) {
        csv.printRecord("requests_by_area", area.name(), report.requestsByArea().get(area), area.label());
      }
      for (AssistanceArea area : AssistanceArea.values()) {
        csv.printRecord("offers_by_area", area.name(), report.offersByArea().get(area), area.label());
      }
      for (OpenRequest open : report.open()) {
        csv.printRecord("open_request", open.reference(), open.ageDays(), open.stateCode() + "; "
            + (open.receivedOn() == null ? "" : "received " + open.receivedOn() + "; ") + "stage " + open.stage());
      }
      for (MatchLine match : report.matches()) {
        csv.printRecord("match", match.reference(), 1, match.stateCode() + "; provider " + match.provider()
            + "; matched " + match.matchedOn());
      }
    }
  }

  public void writeXlsx(Report report, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet summary = book.createSheet("Summary");
      header(summary, bold, "Measure", "Count");
      row(summary, 1, "Quarter", "Q" + report.quarter() + " " + report.year() + " (" + report.from() + " to "
          + report.to() + ")");
      int line = 2;
      for (Map.Entry<String, Integer> measure : report.measures()) {
        row(summary, line++, measure.getKey(), measure.getValue());
      }
      Sheet byArea = book.createSheet("By area");
      header(byArea, bold, "Area", "Label", "Requests received", "Offers received");
      line = 1;
      for (AssistanceArea area : AssistanceArea.values()) {
        row(byArea, line++, area.name(), area.label(), report.requestsByArea().get(area), report.offersByArea().get(area));
      }
      Sheet open = book.createSheet("Open requests");
      header(open, bold, "Reference", "State", "Received", "Age (days)", "Stage");
      line = 1;
      for (OpenRequest r : report.open()) {
        row(open, line++, r.reference(), r.stateCode(), r.receivedOn() == null ? "" : r.receivedOn().toString(),
            r.ageDays(), r.stage());
      }
      Sheet matches = book.createSheet("Matches");
      header(matches, bold, "Reference", "State", "Provider", "Matched on");
      line = 1;
      for (MatchLine m : report.matches()) {
        row(matches, line++, m.reference(), m.stateCode(), m.provider(), m.matchedOn().toString());
      }
      for (Sheet sheet : List.of(summary, byArea, open, matches)) {
        for (int column = 0; column < 5; column++) {
          sheet.autoSizeColumn(column);
        }
      }
      book.write(out);
    }
  }

  private static void header(Sheet sheet, CellStyle style, String... titles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(style);
    }
  }

  private static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Cell cell = row.createCell(i);
      if (values[i] instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(values[i] == null ? "" : values[i].toString());
      }
    }
  }

  // The quarterly update process

  void opened(int year, int quarter, String processInstanceId) {
    register.quarterlyUpdateOpened(year, quarter, processInstanceId);
  }

  /** The coordinators presented the update to the Committee. */
  @Transactional
  public void presented(int year, int quarter, LocalDate on, String notes) {
    access.require("record the quarterly update on assistance", CommitteeGroups.COORDINATORS);
    LocalDate today = clock.today();
    LocalDate day = on == null ? today : on;
    if (day.isAfter(today)) {
      throw Refused.badRequest("presentedOn " + day + " is in the future (today is " + today + " in New York)");
    }
    register.quarterlyUpdatePresented(year, quarter, day, access.userId(), notes);
  }

  /** The update's counts as the coordinators' task shows them (Markdown). */
  public String summary(VariableScope scope) {
    int year = Inputs.year(AssistanceQuarterlyUpdateProcess.REPORT_YEAR,
        scope.getVariable(AssistanceQuarterlyUpdateProcess.REPORT_YEAR));
    int quarter = Inputs.requiredInteger(AssistanceQuarterlyUpdateProcess.REPORT_QUARTER,
        scope.getVariable(AssistanceQuarterlyUpdateProcess.REPORT_QUARTER), 1, 4);
    Report report = report(Quarter.of(year, quarter));
    StringBuilder text = new StringBuilder("**Q").append(quarter).append(' ').append(year).append("** (")
        .append(report.from()).append(" to ").append(report.to()).append(")\n\n");
    for (Map.Entry<String, Integer> measure : report.measures()) {
      text.append("- ").append(measure.getKey().replace('_', ' ')).append(": ").append(measure.getValue()).append('\n');
    }
    text.append("\nThe full update: /api/assistance/report.xlsx?year=").append(year).append("&quarter=").append(quarter)
        .append(" (also .csv and JSON).");
    return text.toString();
  }
}

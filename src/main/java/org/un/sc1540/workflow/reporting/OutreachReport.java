package org.un.sc1540.workflow.reporting;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.un.sc1540.workflow.web.CsvCells;

/**
 * "Which outreach works" (PoW §8(b)): for each approach, the reminder cycles that used it, how many
 * ended with the State's first report, and how long that took from the first note. A cycle counts
 * under every approach it used; "notes_only" are the cycles that used nothing but notes.
 */
@Service
public class OutreachReport {

  static final List<String> HEADER = List.of("approach", "cycles", "reported", "running", "cancelled",
      "reported_percent", "median_days_to_report", "average_days_to_report");

  /** Approaches in report order. Only cycles that sent at least one note count: they are outreach. */
  static final Map<String, Predicate<ReminderCycle>> APPROACHES = approaches();

  private final ReminderCycleRegister cycles;

  OutreachReport(ReminderCycleRegister cycles) {
    this.cycles = cycles;
  }

  public record Line(String approach, int cycles, int reported, int running, int cancelled, BigDecimal reportedPercent,
      BigDecimal medianDaysToReport, BigDecimal averageDaysToReport) {}

  public List<Line> lines() {
    return lines(cycles.all());
  }

  static List<Line> lines(List<ReminderCycle> all) {
    List<ReminderCycle> withNotes = all.stream().filter(c -> c.notesSent() > 0).toList();
    return APPROACHES.entrySet().stream().map(approach -> {
      List<ReminderCycle> used = withNotes.stream().filter(approach.getValue()).toList();
      List<Integer> days = used.stream().filter(ReminderCycle::reported).map(ReminderCycle::daysToReport)
          .filter(d -> d != null).sorted().toList();
      int reported = (int) used.stream().filter(ReminderCycle::reported).count();
      int running = (int) used.stream().filter(c -> c.status() == ReminderCycle.Status.RUNNING).count();
      int cancelled = (int) used.stream().filter(c -> c.status() == ReminderCycle.Status.CANCELLED).count();
      return new Line(approach.getKey(), used.size(), reported, running, cancelled,
          used.isEmpty() ? null : percent(reported, used.size()), median(days), average(days));
    }).toList();
  }

  public void writeCsv(Writer out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(HEADER.toArray(String[]::new)).get())) {
      for (Line line : lines()) {
        CsvCells.printRecord(printer, line.approach(), line.cycles(), line.reported(), line.running(), line.cancelled(),
            line.reportedPercent(), line.medianDaysToReport(), line.averageDaysToReport());
      }
    }
  }

  private static Map<String, Predicate<ReminderCycle>> approaches() {
    Map<String, Predicate<ReminderCycle>> approaches = new LinkedHashMap<>();
    approaches.put("notes_verbales", c -> true);
    approaches.put("notes_only", c -> !c.assistanceMentioned() && !c.meetingHeld() && !c.assistanceOffered());
    approaches.put("assistance_mentioned", ReminderCycle::assistanceMentioned);
    approaches.put("general_assembly_meeting", ReminderCycle::meetingHeld);
    approaches.put("assistance_offered", ReminderCycle::assistanceOffered);
    return approaches;
  }

  static BigDecimal median(List<Integer> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int n = sorted.size();
    BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
        : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    return median.setScale(1, RoundingMode.HALF_UP);
  }

  static BigDecimal average(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    long sum = values.stream().mapToLong(Integer::longValue).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(int part, int whole) {
    return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}

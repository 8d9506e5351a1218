package org.k12jobspot.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.k12jobspot.analytics.api.DailyVisits;
import org.k12jobspot.analytics.api.StatisticsCell;
import org.k12jobspot.analytics.api.StatisticsTable;
import org.k12jobspot.analytics.api.Tally;
import org.k12jobspot.analytics.api.TrafficReport;
import org.k12jobspot.analytics.api.TrafficReports;
import org.k12jobspot.web.analytics.ChartJson;
import org.k12jobspot.web.analytics.DateRange;

/**
 * The staff analytics dashboard: traffic of a date range and the profile statistics, each chart
 * with a table beside it that says the same in text.
 */
@Named
@RequestScoped
public class AnalyticsView {

    private static final int TOP = 10;

    @Inject TrafficReports reports;

    private String from;
    private String to;
    private DateRange range;
    private Map<String, String> problems = Map.of();
    private TrafficReport report;
    private List<StatisticsTable> profileTables = List.of();

    public void load() {
        var choice = DateRange.choose(from, to, Clock.systemUTC());
        range = choice.range();
        problems = choice.problems();
        report = reports.between(range.from(), range.to());
        profileTables = reports.profileStatistics();
    }

    public String visitsChart() {
        var labels = report.days().stream().map(d -> d.day().toString()).toList();
        var series = new LinkedHashMap<String, List<Long>>();
        series.put("Page views", report.days().stream().map(DailyVisits::views).toList());
        series.put("Unique visitors", report.days().stream().map(DailyVisits::visitors).toList());
        return ChartJson.bars(labels, series, false);
    }

    public String chart(String title, List<Tally> tallies, int limit) {
        var top = top(tallies, limit);
        return ChartJson.bars(
                top.stream().map(Tally::label).toList(),
                Map.of(title, top.stream().map(Tally::count).toList()),
                true);
    }

    /** Only shown cells are drawn; hidden ones appear in the table as "< 11" or "hidden". */
    public String profileChart(StatisticsTable table) {
        var shown = table.cells().stream().filter(c -> !c.hidden()).toList();
        return ChartJson.bars(
                shown.stream().map(StatisticsCell::label).toList(),
                Map.of("Job seekers", shown.stream().map(c -> c.count().getAsLong()).toList()),
                true);
    }

    public List<Tally> top(List<Tally> tallies, int limit) {
        return tallies.stream().limit(limit > 0 ? limit : TOP).toList();
    }

    /** What was wrong with the date in this field, or empty. */
    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }

    public TrafficReport getReport() {
        return report;
    }

    public List<StatisticsTable> getProfileTables() {
        return profileTables;
    }

    public int getMinimumCell() {
        return reports.minimumCell();
    }

    public String getFromDate() {
        return range.from().toString();
    }

    public String getToDate() {
        return range.to().toString();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}

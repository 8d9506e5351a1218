package org.k12jobspot.web.analytics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.k12jobspot.analytics.api.Tally;
import org.k12jobspot.analytics.api.TrafficReports;

/**
 * The dashboard's figures as one CSV file for staff (under /staff/, so web.xml lets only staff in):
 * traffic of the chosen days, then the profile statistics with small cells hidden.
 */
@WebServlet("/staff/analytics.csv")
public class AnalyticsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject TrafficReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var range =
                DateRange.of(
                        request.getParameter("from"),
                        request.getParameter("to"),
                        Clock.systemUTC());
        var report = reports.between(range.from(), range.to());

        var csv = new StringBuilder();
        csv.append(CsvCells.row(List.of("section", "label", "count")));
        for (var day : report.days()) {
            csv.append(CsvCells.row(List.of("views", day.day().toString(), "" + day.views())));
            csv.append(
                    CsvCells.row(List.of("visitors", day.day().toString(), "" + day.visitors())));
        }
        section(csv, "hour", report.hours());
        section(csv, "route", report.routes());
        section(csv, "referrer", report.referrers());
        section(csv, "browser", report.browsers());
        section(csv, "system", report.systems());
        section(csv, "network", report.networks());
        section(csv, "country", report.countries());
        for (var table : reports.profileStatistics()) {
            for (var cell : table.cells()) {
                csv.append(CsvCells.row(List.of(table.title(), cell.label(), cell.shown())));
            }
            csv.append(CsvCells.row(List.of(table.title(), "Total", table.total())));
        }

        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"k12jobspot-analytics-"
                        + range.from()
                        + "-"
                        + range.to()
                        + ".csv\"");
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void section(StringBuilder csv, String name, List<Tally> tallies) {
        for (var tally : tallies) {
            csv.append(CsvCells.row(List.of(name, tally.label(), "" + tally.count())));
        }
    }
}

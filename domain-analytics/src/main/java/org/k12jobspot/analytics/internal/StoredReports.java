package org.k12jobspot.analytics.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.k12jobspot.accounts.api.ProfileStatistics;
import org.k12jobspot.analytics.api.StatisticsTable;
import org.k12jobspot.analytics.api.Tally;
import org.k12jobspot.analytics.api.TrafficReport;
import org.k12jobspot.analytics.api.TrafficReports;

/** Reports from the counter tables and from the accounts module's profile counts. */
@ApplicationScoped
public class StoredReports implements TrafficReports {

    static final String NOT_GIVEN = "Not given";

    @Inject CounterStore store;
    @Inject AnalyticsSettings settings;
    @Inject ProfileStatistics profiles;

    @Override
    public TrafficReport between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return between(to, from);
        }
        return new TrafficReport(
                from,
                to,
                store.days(from, to),
                store.tallies(Dimension.HOUR, from, to).stream()
                        .sorted(Comparator.comparing(Tally::label))
                        .toList(),
                store.tallies(Dimension.ROUTE, from, to),
                store.tallies(Dimension.REFERRER, from, to),
                store.tallies(Dimension.BROWSER, from, to),
                store.tallies(Dimension.SYSTEM, from, to),
                store.tallies(Dimension.NETWORK, from, to),
                store.tallies(Dimension.COUNTRY, from, to));
    }

    @Override
    public List<StatisticsTable> profileStatistics() {
        var counts = profiles.count();
        var suppression = new Suppression(settings.minimumCell());

        var states = new LinkedHashMap<>(counts.byState());
        var withState = states.values().stream().mapToLong(Long::longValue).sum();
        states.put(NOT_GIVEN, Math.max(counts.jobSeekers() - withState, 0));
        var degrees = new LinkedHashMap<String, Long>();
        counts.byDegreeLevel().forEach((level, n) -> degrees.put(level.label(), n));

        return List.of(
                suppression.table("Job seekers by state", states, counts.jobSeekers()),
                suppression.table("Job seekers by degree level", degrees, counts.jobSeekers()),
                suppression.table(
                        "Job seekers by certification",
                        counts.byCertification(),
                        counts.jobSeekers()));
    }

    @Override
    public int minimumCell() {
        return settings.minimumCell();
    }
}

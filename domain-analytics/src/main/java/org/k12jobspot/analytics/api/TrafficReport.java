package org.k12jobspot.analytics.api;

import java.time.LocalDate;
import java.util.List;

/** Site traffic between two days (UTC, both included), largest counts first in each list. */
public record TrafficReport(
        LocalDate from,
        LocalDate to,
        List<DailyVisits> days,
        List<Tally> hours,
        List<Tally> routes,
        List<Tally> referrers,
        List<Tally> browsers,
        List<Tally> systems,
        List<Tally> networks,
        List<Tally> countries) {

    public long views() {
        return days.stream().mapToLong(DailyVisits::views).sum();
    }
}

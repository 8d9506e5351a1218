package org.k12jobspot.analytics.api;

import java.time.LocalDate;
import java.util.List;

/** Reads the aggregate counts for staff. */
public interface TrafficReports {

    /** Traffic between two days (UTC, both included). */
    TrafficReport between(LocalDate from, LocalDate to);

    /** Job seekers by state, degree level and certification, small cells hidden. */
    List<StatisticsTable> profileStatistics();

    /** The smallest count shown as it is (K12_ANALYTICS_MIN_CELL). */
    int minimumCell();
}

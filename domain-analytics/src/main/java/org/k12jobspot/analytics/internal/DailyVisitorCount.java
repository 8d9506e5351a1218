package org.k12jobspot.analytics.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The number of unique visitors of one day: a count, and nothing that tells them apart. */
@Entity
@Table(name = "analytics_daily_visitors")
public class DailyVisitorCount {

    @Id
    @Column(name = "visit_day")
    private LocalDate day;

    private long visitors;

    protected DailyVisitorCount() {}

    DailyVisitorCount(LocalDate day, long visitors) {
        this.day = day;
        this.visitors = visitors;
    }
}

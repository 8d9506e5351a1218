package org.k12jobspot.analytics.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Page views of one day under one label of one dimension (a browser, a route, an hour...). */
@Entity
@Table(name = "analytics_daily_counts")
@IdClass(DailyCount.Key.class)
public class DailyCount {

    @Id
    @Column(name = "visit_day")
    private LocalDate day;

    @Id
    @Column(name = "counted_by")
    private String dimension;

    @Id private String label;

    private long views;

    protected DailyCount() {}

    DailyCount(LocalDate day, Dimension dimension, String label, long views) {
        this.day = day;
        this.dimension = dimension.name();
        this.label = label;
        this.views = views;
    }

    /** The composite key JPA asks for. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private LocalDate day;
        private String dimension;
        private String label;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(day, k.day)
                    && Objects.equals(dimension, k.dimension)
                    && Objects.equals(label, k.label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, dimension, label);
        }
    }
}

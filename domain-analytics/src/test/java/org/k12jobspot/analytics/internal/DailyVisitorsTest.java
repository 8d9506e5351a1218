package org.k12jobspot.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyVisitorsTest {

    private static final String ADDRESS = "203.0.113.45";
    private static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Firefox/128.0";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-14T23:59:00Z"));
    private final DailyVisitors visitors = new DailyVisitors(clock);

    @Test
    void countsTheSameVisitorOnceADay() {
        visitors.visit(ADDRESS, AGENT);
        visitors.visit(ADDRESS, AGENT);
        visitors.visit("198.51.100.7", AGENT);

        assertThat(visitors.drain()).isEqualTo(Map.of(DAY, 2L));
    }

    @Test
    void countsTheSameVisitorOnceOnEachSideOfMidnight() {
        visitors.visit(ADDRESS, AGENT);
        clock.now = Instant.parse("2026-03-14T23:59:59Z");
        visitors.visit(ADDRESS, AGENT);
        clock.now = Instant.parse("2026-03-15T00:00:01Z");
        visitors.visit(ADDRESS, AGENT);
        visitors.visit(ADDRESS, AGENT);

        assertThat(visitors.drain()).isEqualTo(Map.of(DAY, 1L, DAY.plusDays(1), 1L));
    }

    @Test
    void neverLinksAVisitorAcrossDaysBecauseTheKeyChangesAtMidnight() throws Exception {
        visitors.visit(ADDRESS, AGENT);
        var before = macKeyOf(visitors);
        clock.now = Instant.parse("2026-03-15T00:00:01Z");
        visitors.visit(ADDRESS, AGENT);
        var after = macKeyOf(visitors);

        assertThat(after).isNotSameAs(before);
        assertThat(hashOf(after)).isNotEqualTo(hashOf(before));
    }

    @Test
    void handsOutEachCountOnlyOnce() {
        visitors.visit(ADDRESS, AGENT);
        visitors.drain();
        visitors.visit(ADDRESS, AGENT);

        assertThat(visitors.drain()).isEmpty();
    }

    private static javax.crypto.Mac macKeyOf(DailyVisitors visitors) throws Exception {
        var field = DailyVisitors.class.getDeclaredField("mac");
        field.setAccessible(true);
        return (javax.crypto.Mac) field.get(visitors);
    }

    private static String hashOf(javax.crypto.Mac mac) {
        var bytes = mac.doFinal((ADDRESS + "\n" + AGENT).getBytes());
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

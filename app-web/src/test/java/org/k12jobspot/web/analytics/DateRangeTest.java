package org.k12jobspot.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void coversTheLastThirtyDaysWithoutValidDates() {
        var range = DateRange.of("yesterday", null, clock);

        assertThat(range)
                .isEqualTo(new DateRange(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 14)));
    }

    @Test
    void putsReversedDatesInOrder() {
        var range = DateRange.of("2026-03-10", "2026-03-01", clock);

        assertThat(range)
                .isEqualTo(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)));
    }

    @Test
    void coversAtMostAYear() {
        var range = DateRange.of("2020-01-01", "2026-03-14", clock);

        assertThat(range.from()).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void saysBesideEachFieldWhatWasWrong() {
        var malformed = DateRange.choose("2026-13-45", "2026-03-01", clock);
        var reversed = DateRange.choose("2026-03-10", "2026-03-01", clock);
        var half = DateRange.choose("2026-03-10", "", clock);

        assertThat(malformed.problems()).containsOnlyKeys("from");
        assertThat(malformed.problems().get("from")).contains("YYYY-MM-DD");
        assertThat(reversed.problems()).containsOnlyKeys("to");
        assertThat(half.problems()).containsOnlyKeys("to");
        assertThat(DateRange.choose("2026-03-01", "2026-03-10", clock).problems()).isEmpty();
    }

    @Test
    void refusesYearsFarOutsideTheSitesLife() {
        var choice = DateRange.choose("0001-01-01", "9999-12-31", clock);

        assertThat(choice.problems()).containsOnlyKeys("from", "to");
        assertThat(choice.range().to()).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void endsTodayWhenAskedForDaysToCome() {
        var choice = DateRange.choose("2026-03-01", "2026-06-01", clock);

        assertThat(choice.range().to()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(choice.problems()).containsOnlyKeys("to");
    }

    @Test
    void coversTodayWhenBothDatesAreToCome() {
        var choice = DateRange.choose("2026-06-01", "2026-07-01", clock);

        assertThat(choice.range())
                .isEqualTo(new DateRange(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14)));
        assertThat(choice.problems()).containsOnlyKeys("from", "to");
    }
}

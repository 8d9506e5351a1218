package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResetLimitTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final ResetLimit THREE_AN_HOUR = new ResetLimit(3, Duration.ofHours(1));

    @Test
    void allowsTheFirstMail() {
        assertThat(THREE_AN_HOUR.allowsAnother(List.of(), NOW)).isTrue();
    }

    @Test
    void allowsTheThirdMailWithinAnHour() {
        var issued = List.of(NOW.minusSeconds(3000), NOW.minusSeconds(60));

        assertThat(THREE_AN_HOUR.allowsAnother(issued, NOW)).isTrue();
    }

    @Test
    void refusesTheFourthMailWithinAnHour() {
        var issued = List.of(NOW.minusSeconds(3599), NOW.minusSeconds(600), NOW);

        assertThat(THREE_AN_HOUR.allowsAnother(issued, NOW)).isFalse();
    }

    @Test
    void forgetsMailsIssuedAnHourAgoOrEarlier() {
        var issued = List.of(NOW.minusSeconds(3600), NOW.minusSeconds(600), NOW);

        assertThat(THREE_AN_HOUR.allowsAnother(issued, NOW)).isTrue();
        assertThat(THREE_AN_HOUR.counts(NOW.minusSeconds(3600), NOW)).isFalse();
        assertThat(THREE_AN_HOUR.counts(NOW.minusSeconds(3599), NOW)).isTrue();
    }
}

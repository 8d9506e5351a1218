package org.k12jobspot.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.ErasureCause;

class RequestsViewTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void saysTheAgeInTheLargestWholeUnit() {
        assertThat(RequestsView.age(NOW.minus(Duration.ofDays(3).plusHours(5)), NOW))
                .isEqualTo("3 days");
        assertThat(RequestsView.age(NOW.minus(Duration.ofHours(1).plusMinutes(59)), NOW))
                .isEqualTo("1 hour");
        assertThat(RequestsView.age(NOW.minus(Duration.ofMinutes(1)), NOW)).isEqualTo("1 minute");
    }

    @Test
    void saysZeroMinutesForARequestFromTheFuture() {
        assertThat(RequestsView.age(NOW.plusSeconds(30), NOW)).isEqualTo("0 minutes");
    }

    @Test
    void namesEveryCauseOfAnErasureInWordsOfItsOwn() {
        var words = Arrays.stream(ErasureCause.values()).map(RequestsView::cause).toList();

        assertThat(words).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(RequestsView.cause(ErasureCause.REPLAYED_AFTER_RESTORE))
                .isEqualTo("Erased again after a restore");
    }
}

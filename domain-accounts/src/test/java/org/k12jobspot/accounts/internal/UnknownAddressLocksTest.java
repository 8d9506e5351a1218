package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnknownAddressLocksTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final SignInLock FIVE_FOR_15 = new SignInLock(5, Duration.ofMinutes(15));
    private static final String ADDRESS = "nobody@example.org";

    private final UnknownAddressLocks locks = new UnknownAddressLocks();

    @Test
    void pausesAnAddressAfterAsManyWrongSignInsAsAnAccount() {
        failTimes(ADDRESS, 4);

        var beforeFifth = locks.lockedAt(ADDRESS, NOW);
        locks.signInFailed(ADDRESS, NOW, FIVE_FOR_15);

        assertThat(beforeFifth).isFalse();
        assertThat(locks.lockedAt(ADDRESS, NOW)).isTrue();
    }

    @Test
    void comparesAddressesAsAccountsDoWhateverTheirLetterCase() {
        failTimes(ADDRESS, 5);

        assertThat(locks.lockedAt(" Nobody@EXAMPLE.org", NOW)).isTrue();
        assertThat(locks.lockedAt("somebody@example.org", NOW)).isFalse();
    }

    @Test
    void liftsThePauseWhenItsTimeIsOverAndCountsAfresh() {
        failTimes(ADDRESS, 5);
        var later = NOW.plus(Duration.ofMinutes(15));

        var lockedBeforeEnd = locks.lockedAt(ADDRESS, later.minusSeconds(1));
        var lockedAtEnd = locks.lockedAt(ADDRESS, later);
        locks.signInFailed(ADDRESS, later, FIVE_FOR_15);

        assertThat(lockedBeforeEnd).isTrue();
        assertThat(lockedAtEnd).isFalse();
        assertThat(locks.lockedAt(ADDRESS, later)).isFalse();
    }

    @Test
    void keepsAtMostItsLimitOfAddressesForgettingTheOldest() {
        failTimes(ADDRESS, 5);

        for (var i = 0; i < UnknownAddressLocks.MAX_KEPT; i++) {
            locks.signInFailed("guess-" + i + "@example.org", NOW, FIVE_FOR_15);
        }

        assertThat(locks.lockedAt(ADDRESS, NOW)).isFalse();
    }

    private void failTimes(String address, int times) {
        for (var i = 0; i < times; i++) {
            locks.signInFailed(address, NOW, FIVE_FOR_15);
        }
    }
}

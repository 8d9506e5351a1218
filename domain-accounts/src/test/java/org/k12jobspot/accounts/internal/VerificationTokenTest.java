package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ResetLinkState;

class VerificationTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final VerificationToken token =
            new VerificationToken(
                    Tokens.digest("t"),
                    AccountId.newId(),
                    TokenPurpose.RESET,
                    NOW,
                    NOW.plus(Duration.ofMinutes(60)));

    @Test
    void isUsableUntilJustBeforeItExpires() {
        assertThat(token.stateAt(NOW)).isEqualTo(ResetLinkState.USABLE);
        assertThat(token.stateAt(NOW.plusSeconds(3599))).isEqualTo(ResetLinkState.USABLE);
    }

    @Test
    void expiresAfterItsLifetime() {
        assertThat(token.stateAt(NOW.plusSeconds(3600))).isEqualTo(ResetLinkState.EXPIRED);
    }

    @Test
    void isUnknownOnceSpentEvenBeforeItExpires() {
        token.spend();

        assertThat(token.stateAt(NOW)).isEqualTo(ResetLinkState.UNKNOWN);
    }

    @Test
    void worksOnlyForItsOwnPurpose() {
        assertThat(token.isFor(TokenPurpose.RESET)).isTrue();
        assertThat(token.isFor(TokenPurpose.VERIFY)).isFalse();
    }
}

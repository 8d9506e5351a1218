package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Role;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final SignInLock LOCK = new SignInLock(5, Duration.ofMinutes(15));

    private final Account account =
            new Account(
                    AccountId.newId(),
                    "Siobhán O'Hara-Nuñez",
                    "Ana@Example.org",
                    "h",
                    Role.JOB_SEEKER,
                    NOW);

    @Test
    void locksAfterTheFifthWrongPasswordInARow() {
        for (var i = 0; i < 4; i++) {
            account.signInFailed(NOW, LOCK);
        }
        assertThat(account.lockedAt(NOW)).isFalse();

        account.signInFailed(NOW, LOCK);

        assertThat(account.lockedAt(NOW)).isTrue();
        assertThat(account.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void forgetsEarlierFailuresAfterASuccessfulSignIn() {
        for (var i = 0; i < 4; i++) {
            account.signInFailed(NOW, LOCK);
        }

        account.signInSucceeded();
        account.signInFailed(NOW, LOCK);

        assertThat(account.lockedAt(NOW)).isFalse();
    }

    @Test
    void liftsTheSignInLockWhenThePasswordIsReset() {
        for (var i = 0; i < 5; i++) {
            account.signInFailed(NOW, LOCK);
        }

        account.resetPassword("new hash", NOW);

        assertThat(account.lockedAt(NOW)).isFalse();
        assertThat(account.passwordHash()).isEqualTo("new hash");
    }

    @Test
    void confirmsTheEmailAddressWhenThePasswordIsReset() {
        account.resetPassword("new hash", NOW);

        assertThat(account.verified()).isTrue();
        assertThat(account.summary().verified()).isTrue();
    }

    @Test
    void settlesARequiredPasswordChangeWhenThePasswordIsReset() {
        account.requirePasswordChange();

        account.resetPassword("new hash", NOW);

        assertThat(account.mustChangePassword()).isFalse();
    }

    @Test
    void keepsTheNameExactlyAsTyped() {
        assertThat(account.fullName()).isEqualTo("Siobhán O'Hara-Nuñez");
        assertThat(account.email()).isEqualTo("Ana@Example.org");
    }
}

package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void matchesTheHashedPasswordOnly() {
        var stored = PasswordHashes.hash("correct horse battery");

        assertThat(PasswordHashes.matches("correct horse battery", stored)).isTrue();
        assertThat(PasswordHashes.matches("correct horse batterY", stored)).isFalse();
    }

    @Test
    void usesPbkdf2Sha512WithAtLeast210000Iterations() {
        var parts = PasswordHashes.hash("correct horse battery").split("\\$");

        assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void saltsEachHashDifferently() {
        assertThat(PasswordHashes.hash("same password here"))
                .isNotEqualTo(PasswordHashes.hash("same password here"));
    }

    @Test
    void neverMatchesAnUnknownHashFormat() {
        assertThat(PasswordHashes.matches("anything at all", "plain$text")).isFalse();
    }
}

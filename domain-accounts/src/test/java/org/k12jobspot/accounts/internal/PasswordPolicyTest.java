package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTwelveCharactersWithoutCompositionRules() {
        assertThat(PasswordPolicy.problem("lowercaseonly", "a@example.org")).isEmpty();
    }

    @Test
    void refusesElevenCharacters() {
        assertThat(PasswordPolicy.problem("elevenchars", "a@example.org"))
                .hasValueSatisfying(m -> assertThat(m).contains("12"));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        var twelveEmoji = "😀".repeat(12);

        assertThat(PasswordPolicy.problem(twelveEmoji, "a@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem("😀".repeat(11), "a@example.org")).isPresent();
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(PasswordPolicy.problem("x".repeat(129), "a@example.org"))
                .hasValueSatisfying(m -> assertThat(m).contains("128"));
        assertThat(PasswordPolicy.problem("xy".repeat(64), "a@example.org")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.problem("Password1234", "a@example.org"))
                .hasValueSatisfying(m -> assertThat(m).contains("common"));
        assertThat(PasswordPolicy.isCommon("QWERTY123456")).isTrue();
    }

    @Test
    void refusesTheEmailAddressAsPassword() {
        assertThat(PasswordPolicy.problem("Ana.Ruiz@Example.org", "ana.ruiz@example.org"))
                .isPresent();
    }

    @Test
    void refusesAMissingPassword() {
        assertThat(PasswordPolicy.problem(null, "a@example.org")).isPresent();
        assertThat(PasswordPolicy.problem("", "a@example.org")).isPresent();
    }
}

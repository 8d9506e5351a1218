package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void givesOneKeyToAddressesThatDifferOnlyInCase() {
        assertThat(EmailAddresses.key("Ana.Ruiz@Example.org"))
                .isEqualTo(EmailAddresses.key(" ana.ruiz@example.ORG "));
    }

    @Test
    void acceptsOrdinaryAndInternationalAddresses() {
        assertThat(EmailAddresses.problem("o'hara+jobs@school.k12.ny.us")).isEmpty();
        assertThat(EmailAddresses.problem("josé@escuela.example")).isEmpty();
    }

    @Test
    void givesOneKeyToFullWidthLookAlikes() {
        assertThat(EmailAddresses.key("ｍaria@example.org"))
                .isEqualTo(EmailAddresses.key("maria@example.org"));
    }

    @Test
    void refusesMalformedAddresses() {
        assertThat(EmailAddresses.problem("maria@example.org%00")).isPresent();
        assertThat(EmailAddresses.problem("no-at-sign.example.org")).isPresent();
        assertThat(EmailAddresses.problem("two@@example.org")).isPresent();
        assertThat(EmailAddresses.problem("a@nodot")).isPresent();
        assertThat(EmailAddresses.problem("a b@example.org")).isPresent();
        assertThat(EmailAddresses.problem("a@example.org\r\nBcc: x@example.org")).isPresent();
    }

    @Test
    void refusesMissingAndOverlongAddresses() {
        assertThat(EmailAddresses.problem("  ")).isPresent();
        assertThat(EmailAddresses.problem("a".repeat(250) + "@b.org")).isPresent();
    }

    @Test
    void asksStaffForTheAddressOfSomeoneElseNotForTheirOwn() {
        assertThat(EmailAddresses.problem(" ")).contains("Enter your email address.");
        assertThat(EmailAddresses.problemOfSomeoneElses(" ")).contains("Enter the email address.");
        assertThat(EmailAddresses.problemOfSomeoneElses("not-an-address"))
                .contains("Enter an email address like name@example.org.");
    }
}

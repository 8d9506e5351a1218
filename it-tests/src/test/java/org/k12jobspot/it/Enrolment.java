package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.accounts.api.VerificationOutcome;
import org.k12jobspot.consent.api.RegistrationChoices;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.policy.api.Policies;

/** Registers people through the facades inside the server, as the registration page does. */
record Enrolment(Registrations registrations, Accounts accounts, Outbox outbox, Policies policies) {

    private static final Pattern TOKEN = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");

    /** The choices of someone in the US who accepts the current policy. */
    RegistrationChoices choices(boolean marketing) {
        return new RegistrationChoices(policies.current().id(), true, marketing, "US", false);
    }

    AccountId register(Person person, RegistrationChoices choices) {
        return registrations.register(
                new Registration(person.fullName(), person.email(), person.password()), choices);
    }

    /** Registered and with a confirmed address, so mail can reach the person. */
    AccountId confirmed(Person person, boolean marketing) {
        var id = register(person, choices(marketing));
        var mail =
                outbox.recent(0, 200).stream()
                        .filter(m -> m.to().equals(person.email()))
                        .findFirst()
                        .orElseThrow();
        var token = TOKEN.matcher(mail.body());
        assertThat(token.find()).isTrue();
        assertThat(accounts.verify(token.group(1))).isEqualTo(VerificationOutcome.VERIFIED);
        return id;
    }
}

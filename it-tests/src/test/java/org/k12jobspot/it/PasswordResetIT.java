package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.AccountVerified;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.OutboxEntry;
import org.k12jobspot.accounts.api.PasswordChanged;
import org.k12jobspot.accounts.api.PasswordResetOutcome;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.accounts.api.ResetLinkState;
import org.k12jobspot.accounts.internal.AccountsClock;

/**
 * Forgotten passwords: the accounts rules for reset links through the facade inside the server
 * (with a replaceable clock for expiry and the mail limit), and the pages over HTTP as a visitor
 * without JavaScript uses them (tests marked {@code @RunAsClient}).
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final Pattern TOKEN =
            Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a lantern by the harbour";
    private static final String SIGN_IN_REFUSED =
            "That email and password do not match an account, or sign-in is paused for a few"
                    + " minutes after too many attempts.";

    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject AccountsClock clock;
    @Inject RecordedEvents events;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        PasswordResetIT.class,
                        RecordedEvents.class,
                        Person.class,
                        AccountRecovery.class,
                        Onboarding.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @AfterEach
    void restoreClock() {
        if (clock != null) {
            clock.use(Clock.systemUTC());
        }
    }

    // The rules, through the facade inside the server.

    @Test
    void mailsResetLinkToTheAccountsAddress() {
        var person = Person.newJobSeeker("Link Receiver");
        register(person);

        accounts.requestPasswordReset(person.email().toUpperCase());

        assertThat(resetMailsTo(person))
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.subject()).isEqualTo("Reset your K12JobSpot password");
                            assertThat(m.body())
                                    .contains("http://127.0.0.1:")
                                    .containsPattern(TOKEN)
                                    .contains("expires in 60 minutes")
                                    .contains(person.fullName());
                        });
    }

    @Test
    void mailsNothingForAnAddressWithoutAccount() {
        var stranger = Person.newJobSeeker("Nobody Registered");
        var before = outbox.size();

        accounts.requestPasswordReset(stranger.email());

        assertThat(outbox.size()).isEqualTo(before);
        assertThat(resetMailsTo(stranger)).isEmpty();
    }

    @Test
    void resetsThePasswordOnceThroughTheMailedLink() {
        var person = Person.newJobSeeker("Once Only");
        var id = register(person);
        accounts.requestPasswordReset(person.email());
        var token = newestTokenMailedTo(person);

        var first = accounts.resetPassword(token, NEW_PASSWORD);
        var second = accounts.resetPassword(token, "another new passphrase");

        assertThat(first).isEqualTo(PasswordResetOutcome.RESET);
        assertThat(second).isEqualTo(PasswordResetOutcome.UNKNOWN);
        assertThat(accounts.checkResetLink(token)).isEqualTo(ResetLinkState.UNKNOWN);
        assertThat(events.about(id, PasswordChanged.class)).hasSize(1);
    }

    @Test
    void keepsTheLinkUsableWhileItIsOnlyLookedAt() {
        var person = Person.newJobSeeker("Scanned Mail");
        register(person);
        accounts.requestPasswordReset(person.email());
        var token = newestTokenMailedTo(person);

        var looks = List.of(accounts.checkResetLink(token), accounts.checkResetLink(token));

        assertThat(looks).containsOnly(ResetLinkState.USABLE);
        assertThat(accounts.resetPassword(token, NEW_PASSWORD))
                .isEqualTo(PasswordResetOutcome.RESET);
    }

    @Test
    void refusesTheLinkOnceItsLifetimeIsOver() {
        var person = Person.newJobSeeker("Late Resetter");
        var id = register(person);
        accounts.requestPasswordReset(person.email());
        var token = newestTokenMailedTo(person);
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61)));

        var state = accounts.checkResetLink(token);
        var outcome = accounts.resetPassword(token, NEW_PASSWORD);

        assertThat(state).isEqualTo(ResetLinkState.EXPIRED);
        assertThat(outcome).isEqualTo(PasswordResetOutcome.EXPIRED);
        assertThat(events.about(id, PasswordChanged.class)).isEmpty();
    }

    @Test
    void acceptsTheLinkShortlyBeforeItExpires() {
        var person = Person.newJobSeeker("Almost Late Resetter");
        register(person);
        accounts.requestPasswordReset(person.email());
        var token = newestTokenMailedTo(person);
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(59)));

        var outcome = accounts.resetPassword(token, NEW_PASSWORD);

        assertThat(outcome).isEqualTo(PasswordResetOutcome.RESET);
    }

    @Test
    void replacesAnOlderLinkWithANewerOne() {
        var person = Person.newJobSeeker("Asks Twice");
        register(person);
        accounts.requestPasswordReset(person.email());
        var older = newestTokenMailedTo(person);
        accounts.requestPasswordReset(person.email());
        var newer = newestTokenMailedTo(person);

        var withOlder = accounts.resetPassword(older, NEW_PASSWORD);
        var withNewer = accounts.resetPassword(newer, NEW_PASSWORD);

        assertThat(newer).isNotEqualTo(older);
        assertThat(withOlder).isEqualTo(PasswordResetOutcome.UNKNOWN);
        assertThat(withNewer).isEqualTo(PasswordResetOutcome.RESET);
    }

    @Test
    void mailsAtMostThreeLinksAnHourToOneAccount() {
        var person = Person.newJobSeeker("Mailbox Flooded");
        register(person);
        for (var request = 1; request <= 5; request++) {
            accounts.requestPasswordReset(person.email());
        }
        var withinTheHour = resetMailsTo(person).size();
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61)));

        accounts.requestPasswordReset(person.email());

        assertThat(withinTheHour).isEqualTo(3);
        assertThat(resetMailsTo(person)).hasSize(4);
    }

    @Test
    void keepsTheLastLinkUsableWhenFurtherRequestsAreNotMailed() {
        var person = Person.newJobSeeker("Impatient Asker");
        register(person);
        for (var request = 1; request <= 3; request++) {
            accounts.requestPasswordReset(person.email());
        }
        var last = newestTokenMailedTo(person);

        accounts.requestPasswordReset(person.email());

        assertThat(accounts.resetPassword(last, NEW_PASSWORD))
                .isEqualTo(PasswordResetOutcome.RESET);
    }

    @Test
    void refusesAWeakPasswordAndKeepsTheLinkUsable() {
        var person = Person.newJobSeeker("Weak Choice");
        register(person);
        accounts.requestPasswordReset(person.email());
        var token = newestTokenMailedTo(person);

        var refused =
                catchThrowableOfType(
                        InputRejected.class, () -> accounts.resetPassword(token, "password1234"));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).containsOnlyKeys("newPassword");
        assertThat(accounts.checkResetLink(token)).isEqualTo(ResetLinkState.USABLE);
    }

    @Test
    void confirmsTheEmailAddressOfAnUnverifiedAccount() {
        var person = Person.newJobSeeker("Never Confirmed");
        var id = register(person);
        accounts.requestPasswordReset(person.email());

        accounts.resetPassword(newestTokenMailedTo(person), NEW_PASSWORD);

        assertThat(accounts.find(id)).get().extracting(AccountSummary::verified).isEqualTo(true);
        assertThat(events.about(id, AccountVerified.class)).hasSize(1);
    }

    @Test
    void refusesAVerificationLinkAsResetLink() {
        var person = Person.newJobSeeker("Wrong Link");
        register(person);
        var verification =
                Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)")
                        .matcher(
                                outbox.recent(0, 50).stream()
                                        .filter(m -> m.to().equals(person.email()))
                                        .findFirst()
                                        .orElseThrow()
                                        .body());
        assertThat(verification.find()).isTrue();

        var outcome = accounts.resetPassword(verification.group(1), NEW_PASSWORD);

        assertThat(outcome).isEqualTo(PasswordResetOutcome.UNKNOWN);
    }

    @Test
    void refusesALinkThatWasNeverIssued() {
        var outcome = accounts.resetPassword("no-such-token-" + UUID.randomUUID(), NEW_PASSWORD);

        assertThat(outcome).isEqualTo(PasswordResetOutcome.UNKNOWN);
        assertThat(accounts.checkResetLink(null)).isEqualTo(ResetLinkState.UNKNOWN);
    }

    // The pages, over HTTP.

    @Test
    @RunAsClient
    void answersTheSameForAnUnknownAddressAsForAKnownOne() {
        var known = Onboarding.verifiedJobSeeker("Known Address");
        var stranger = Person.newJobSeeker("Unknown Address");

        var forKnown = AccountRecovery.ask(new HttpVisitor(), known.email());
        var forStranger = AccountRecovery.ask(new HttpVisitor(), stranger.email());

        assertThat(forKnown.status()).isEqualTo(200);
        assertThat(forKnown.text()).contains(AccountRecovery.LINK_SENT);
        assertThat(forStranger.status()).isEqualTo(forKnown.status());
        assertThat(forStranger.text()).isEqualTo(forKnown.text());
    }

    @Test
    @RunAsClient
    void setsNoCookieOnTheForgottenPasswordPagesForAnAnonymousVisitor() {
        var person = Onboarding.verifiedJobSeeker("Cookieless Reset");
        var visitor = new HttpVisitor();

        var login = visitor.get("/login");
        var form = visitor.get("/forgot-password");
        var sent = AccountRecovery.ask(visitor, person.email());
        var reset =
                AccountRecovery.reset(visitor, AccountRecovery.resetLinkFor(person), NEW_PASSWORD);

        assertThat(login.body()).contains("href=\"/forgot-password\"");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("<h1>")
                .doesNotContainPattern("<a [^>]*href=\"[^\"]*\\.xhtml")
                .doesNotContainPattern("<form [^>]*action=\"[^\"]*\\.xhtml");
        assertThat(List.of(form, sent, reset))
                .allSatisfy(p -> assertThat(p.setCookies()).isEmpty());
        assertThat(reset.text()).contains(AccountRecovery.PASSWORD_RESET);
        assertThat(visitor.cookieNames()).isEmpty();
    }

    @Test
    @RunAsClient
    void keepsTheResetPageOutOfCachesAndReferrers() {
        var page = new HttpVisitor().get("/reset-password?token=unknown");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.setCookies()).isEmpty();
    }

    @Test
    @RunAsClient
    void letsTheLinkBeOpenedAgainAndAgainButUsedOnce() {
        var person = Onboarding.verifiedJobSeeker("Link Opener");
        AccountRecovery.ask(new HttpVisitor(), person.email());
        var link = AccountRecovery.resetLinkFor(person);
        new HttpVisitor().open(link);
        new HttpVisitor().open(link);

        var first = AccountRecovery.reset(new HttpVisitor(), link, NEW_PASSWORD);
        var again = new HttpVisitor().open(link);

        assertThat(first.text()).contains(AccountRecovery.PASSWORD_RESET);
        assertThat(again.body()).doesNotContain("<form id=\"reset\"");
        assertThat(again.text()).contains("This link is not valid.");
        assertThat(again.body()).contains("href=\"/forgot-password\"");
    }

    @Test
    @RunAsClient
    void showsMessageBesideARepeatedPasswordThatDiffers() {
        var person = Onboarding.verifiedJobSeeker("Clumsy Typist");
        AccountRecovery.ask(new HttpVisitor(), person.email());
        var link = AccountRecovery.resetLinkFor(person);

        var answer =
                AccountRecovery.reset(new HttpVisitor(), link, NEW_PASSWORD, NEW_PASSWORD + "!");
        var weak = AccountRecovery.reset(new HttpVisitor(), link, "short one", "short one");
        var later = AccountRecovery.reset(new HttpVisitor(), link, NEW_PASSWORD);

        assertThat(answer.messageFor("reset:repeatPassword"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("The two passwords differ."));
        assertThat(weak.messageFor("reset:newPassword"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Use at least 12 characters"));
        assertThat(later.text()).contains(AccountRecovery.PASSWORD_RESET);
    }

    @Test
    @RunAsClient
    void signsInWithTheNewPasswordAndNotWithTheOldOne() {
        var person = Onboarding.verifiedJobSeeker("Fresh Start");

        var renewed = AccountRecovery.resetOverHttp(person, NEW_PASSWORD);

        assertThat(Onboarding.signIn(new HttpVisitor(), person).pageMessages())
                .containsExactly(SIGN_IN_REFUSED);
        assertThat(Onboarding.signIn(new HttpVisitor(), renewed).location())
                .contains(SiteAddress.of("/account/profile"));
    }

    @Test
    @RunAsClient
    void liftsTheSignInLock() {
        var person = Onboarding.verifiedJobSeeker("Locked Out");
        var wrong = person.withPassword("not my password at all");
        for (var attempt = 1; attempt <= 5; attempt++) {
            Onboarding.signIn(new HttpVisitor(), wrong);
        }
        assertThat(Onboarding.signIn(new HttpVisitor(), person).isRedirect())
                .as("locked")
                .isFalse();

        var renewed = AccountRecovery.resetOverHttp(person, NEW_PASSWORD);

        assertThat(Onboarding.signIn(new HttpVisitor(), renewed).location())
                .contains(SiteAddress.of("/account/profile"));
    }

    @Test
    @RunAsClient
    void endsEverySessionSignedInWithTheOldPassword() {
        var person = Onboarding.verifiedJobSeeker("Stolen Laptop");
        var laptop = Onboarding.signedIn(person);
        var phone = Onboarding.signedIn(person);
        assertThat(laptop.get("/account/profile").status()).isEqualTo(200);

        AccountRecovery.resetOverHttp(person, NEW_PASSWORD);

        assertThat(laptop.get("/account/profile").location()).contains(SiteAddress.of("/login"));
        assertThat(phone.get("/account/profile").location()).contains(SiteAddress.of("/login"));
    }

    @Test
    @RunAsClient
    void signsInAnUnconfirmedAccountAfterAReset() {
        var person = Person.newJobSeeker("Lost Confirmation");
        Onboarding.register(new HttpVisitor(), person);

        var renewed = AccountRecovery.resetOverHttp(person, NEW_PASSWORD);

        assertThat(Onboarding.signIn(new HttpVisitor(), renewed).location())
                .contains(SiteAddress.of("/account/profile"));
    }

    private AccountId register(Person person) {
        return accounts.register(
                new Registration(person.fullName(), person.email(), person.password()));
    }

    private List<OutboxEntry> resetMailsTo(Person person) {
        return outbox.recent(0, 200).stream()
                .filter(m -> m.to().equalsIgnoreCase(person.email()))
                .filter(m -> TOKEN.matcher(m.body()).find())
                .toList();
    }

    private String newestTokenMailedTo(Person person) {
        var mail =
                resetMailsTo(person).stream()
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no reset mail to the account"));
        var token = TOKEN.matcher(mail.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}

package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A job seeker's privacy choices at a real (headless) Chromium: marketing off at registration,
 * turned on in the privacy centre, a campaign received, an unsubscribe link that changes nothing
 * until confirmed, and a password reset mail that still arrives afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyJourneyIT {

    private static final Pattern VERIFY_LINK =
            Pattern.compile("(http://\\S+/verify\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE_LINK =
            Pattern.compile("(http://\\S+/unsubscribe\\?token=[A-Za-z0-9_-]+)");

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void optsInLaterReceivesCampaignUnsubscribesOnConfirmationAndStillResetsPassword() {
        var person = Person.newJobSeeker("Łucja Nowak-Ó'Brien");
        var subject = "New on K12JobSpot " + UUID.randomUUID();
        register(person);
        browser.open(mailLink(person, "Confirm your email address", VERIFY_LINK));
        browser.submit("Confirm my email address");

        signIn(person);
        browser.open("/account/privacy");
        var atRegistration = browser.section("Your choices");
        browser.submit("Send me marketing email");
        var afterOptIn = browser.section("Your choices");
        browser.submit("Sign out");
        sendCampaign(subject);
        var unsubscribe = mailLink(person, subject, UNSUBSCRIBE_LINK);
        browser.open(unsubscribe);
        var beforeConfirming = browser.text();
        var stillSubscribed = marketingStateOf(person);
        browser.open(unsubscribe);
        browser.submit("Confirm: unsubscribe me");
        var confirmed = browser.text();
        var afterConfirming = marketingStateOf(person);
        var renewed =
                AccountRecovery.resetInBrowser(browser, person, "new lantern " + UUID.randomUUID());
        signIn(renewed);
        var signedInAgain = browser.text();

        assertThat(atRegistration).contains("You do not receive it");
        assertThat(afterOptIn).contains("You receive it");
        assertThat(beforeConfirming).contains("Nothing changes until you confirm");
        assertThat(stillSubscribed).contains("You receive it");
        assertThat(confirmed).contains("Done: you will no longer receive");
        assertThat(afterConfirming).contains("You do not receive it");
        assertThat(signedInAgain).contains("Signed in as " + person.fullName());
    }

    @Test
    void showsEveryDecisionWithAReceiptInThePrivacyCentre() {
        var person = Person.newJobSeeker("Amaru Quispe");
        register(person);
        browser.open(mailLink(person, "Confirm your email address", VERIFY_LINK));
        browser.submit("Confirm my email address");
        signIn(person);

        browser.open("/account/privacy");
        browser.followNamed("View the receipt of " + firstHistoryTime());

        assertThat(browser.text())
                .contains("Acceptance of the privacy policy: given")
                .contains("KI-CR-v1.1.0")
                .doesNotContain(person.email());
    }

    private String firstHistoryTime() {
        return browser.all("#history tbody tr td").getFirst().getText().strip();
    }

    private void register(Person person) {
        BrowserSteps.register(browser, person);
    }

    private void signIn(Person person) {
        BrowserSteps.signIn(browser, person);
    }

    private void sendCampaign(String subject) {
        signIn(Person.administrator());
        browser.open("/staff/marketing");
        browser.fillIn("Subject", subject);
        browser.fillIn("Message (plain text)", "Saved searches are here: tell us what you think.");
        browser.submit("Send to everyone who opted in");
        assertThat(browser.text()).contains("Message queued for");
        browser.submit("Sign out");
    }

    /** What the privacy centre says about marketing email, read by the person signed in. */
    private String marketingStateOf(Person person) {
        signIn(person);
        browser.open("/account/privacy");
        var state = browser.section("Your choices");
        browser.submit("Sign out");
        return state;
    }

    private String mailLink(Person person, String subject, Pattern link) {
        return BrowserSteps.linkInMail(browser, person, subject, link);
    }
}

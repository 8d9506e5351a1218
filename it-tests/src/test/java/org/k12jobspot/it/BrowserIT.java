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
 * A person at a real (headless) Chromium: registering, confirming through the outbox, keeping a
 * candidacy profile, and staff finding the account. Fields are found by their visible labels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final Pattern VERIFY_LINK =
            Pattern.compile("(http://\\S+/verify\\?token=[A-Za-z0-9_-]+)");

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
    void registersConfirmsThroughOutboxSignsInAndAddsCertification() {
        var person = Person.newJobSeeker("Siobhán O'Hara-Nuñez");

        register(person);
        browser.open(verificationLinkReadByStaff(person));
        browser.submit("Confirm my email address");
        var confirmation = browser.text();
        signIn(person);
        browser.fillIn("Certification title", "Elementary Education EC-6");
        browser.fillIn("Issuing state or body", "Texas Education Agency");
        browser.fillIn("Certificate number", "TX-889-2041");
        browser.fillIn("Valid until (YYYY-MM-DD)", "2030-08-31");
        browser.press("Add certification");

        assertThat(confirmation).contains("Your email address is confirmed.");
        assertThat(browser.text()).contains("Signed in as Siobhán O'Hara-Nuñez");
        assertThat(browser.section("Certifications"))
                .contains("Elementary Education EC-6", "Texas Education Agency", "TX-889-2041");
    }

    @Test
    void keepsTwoCertificationsAndDegreeAfterSigningOutAndInAgain() {
        var person = Onboarding.verifiedJobSeeker("Dana Whitfield");
        signIn(person);
        addCertification("Mathematics 7-12");
        addCertification("English as a Second Language Supplemental");
        browser.choose("Degree level", "Master's");
        browser.fillIn("Field of study", "Curriculum and Instruction");
        browser.fillIn("Institution", "University of Texas at Austin");
        browser.fillIn("Year awarded", "2015");
        browser.press("Add degree");

        browser.submit("Sign out");
        var signedOut = browser.text();
        signIn(person);

        assertThat(signedOut).contains("You are signed out.");
        assertThat(browser.section("Certifications"))
                .contains("Mathematics 7-12", "English as a Second Language Supplemental");
        assertThat(browser.section("Degrees"))
                .contains(
                        "Master's",
                        "Curriculum and Instruction",
                        "University of Texas at Austin",
                        "2015");
    }

    @Test
    void showsNewAccountToStaffSearchingByNamePrefix() {
        var surname = "Novak" + UUID.randomUUID().toString().substring(0, 8);
        var person = Onboarding.verifiedJobSeeker(surname + " Zuzana");
        signIn(Person.administrator());

        browser.fillIn("Name, email or telephone starts with", surname.toLowerCase());
        browser.press("Search");
        browser.follow(person.fullName());
        browser.fillIn("Why do you open this account's data?", "Checking a search result");
        browser.submit("Open account data");

        assertThat(browser.path()).isEqualTo("/staff/account");
        assertThat(browser.text()).contains(person.fullName());
        assertThat(browser.field("Email address").getDomProperty("value"))
                .isEqualTo(person.email());
    }

    @Test
    void savesContactDetailsWithEveryOptionalFieldLeftEmpty() {
        signIn(Onboarding.verifiedJobSeeker("Private Person"));

        browser.press("Save contact details");

        assertThat(browser.text()).contains("Contact details saved.");
        assertThat(browser.all(".ui-message-error-detail")).isEmpty();
    }

    @Test
    void showsMessageBesideMalformedTelephone() {
        signIn(Onboarding.verifiedJobSeeker("Odd Phone"));
        browser.fillIn("Telephone", "call me maybe");

        browser.press("Save contact details");

        assertThat(browser.messageBeside("Telephone"))
                .contains("Enter a telephone number using digits, spaces, + ( ) - or x.");
        assertThat(browser.messageBeside("City")).isEmpty();
    }

    @Test
    void showsMessageBesideCertificationWithoutTitle() {
        signIn(Onboarding.verifiedJobSeeker("Untitled Certification"));
        browser.fillIn("Issuing state or body", "Texas Education Agency");

        browser.press("Add certification");

        assertThat(browser.messageBeside("Certification title"))
                .contains("Enter the certification's title.");
        assertThat(browser.section("Certifications")).contains("No certifications yet.");
    }

    @Test
    void showsMessageBesideDegreeYearOutOfRange() {
        signIn(Onboarding.verifiedJobSeeker("Old Degree"));
        browser.choose("Degree level", "Bachelor's");
        browser.fillIn("Year awarded", "1900");

        browser.press("Add degree");

        assertThat(browser.messageBeside("Year awarded"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Enter a year between 1940"));
        assertThat(browser.section("Degrees")).contains("No degrees yet.");
    }

    @Test
    void editsOneCertificationAndRemovesAnother() {
        signIn(Onboarding.verifiedJobSeeker("Careful Editor"));
        addCertification("Reading Specialist");
        addCertification("ESL Supplementary");

        browser.pressNamed("Edit Reading Specialist");
        browser.fillIn("Certification title", "Reading Specialist K-12");
        browser.press("Save certification");
        browser.pressNamed("Remove ESL Supplementary");

        assertThat(browser.section("Certifications"))
                .contains("Reading Specialist K-12")
                .doesNotContain("ESL Supplementary");
    }

    @Test
    void changesOwnPasswordAndSignsInWithTheNewOne() {
        var person = Onboarding.verifiedJobSeeker("Password Changer");
        signIn(person);
        browser.follow("Password");
        browser.fillIn("Current password", person.password());
        browser.fillIn("New password", "a brand new passphrase");

        browser.submit("Change password");
        var changed = browser.text();
        browser.submit("Sign out");
        signIn(person.withPassword("a brand new passphrase"));

        assertThat(changed).contains("Your password is changed.");
        assertThat(browser.path()).isEqualTo("/account/profile");
    }

    @Test
    void setsNoCookieWhileBrowsingPublicPagesAnonymously() {
        browser.open("/");
        browser.follow("Create an account");
        browser.follow("Sign in");
        browser.follow("How we handle your data");

        assertThat(browser.path()).isEqualTo("/privacy");
        assertThat(browser.cookies()).isEmpty();
    }

    @Test
    void resetsAForgottenPasswordThroughTheOutboxAndSignsInWithTheNewOne() {
        var person = Onboarding.verifiedJobSeeker("Forgetful Teacher");

        var renewed = AccountRecovery.resetInBrowser(browser, person, "a lantern by the harbour");
        signIn(renewed);

        assertThat(browser.path()).isEqualTo("/account/profile");
        assertThat(browser.text()).contains("Signed in as Forgetful Teacher");
    }

    private void register(Person person) {
        BrowserSteps.register(browser, person);
    }

    private void signIn(Person person) {
        BrowserSteps.signIn(browser, person);
    }

    /** Staff sign in, read the person's verification mail in the outbox, and sign out. */
    private String verificationLinkReadByStaff(Person person) {
        return BrowserSteps.linkInMail(browser, person, "", VERIFY_LINK);
    }

    private void addCertification(String title) {
        browser.fillIn("Certification title", title);
        browser.press("Add certification");
        browser.awaitText(title);
    }
}

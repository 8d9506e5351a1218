package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Export and self-service deletion over HTTP, as a person does them: the download from the privacy
 * centre, the deletion page's questions, the receipt page, and every session ended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountDeletionIT {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void linksExportAndDeletionFromThePrivacyCentreAndProfile() {
        var visitor = Onboarding.signedIn(Onboarding.verifiedJobSeeker("Link Finder"));

        var privacy = visitor.open("/account/privacy");
        var profile = visitor.open("/account/profile");

        assertThat(privacy.body()).contains("/account/export\"", "/account/delete\"");
        assertThat(profile.body()).contains("/account/export\"", "/account/delete\"");
    }

    @Test
    void downloadsTheExportAsAnUncachedJsonAttachment() {
        var person = Onboarding.verifiedJobSeeker("Siobhán O'Connor-Núñez 佐藤");
        var visitor = Onboarding.signedIn(person);

        var export = visitor.get("/account/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type ->
                                assertThat(type)
                                        .startsWith("application/json")
                                        .containsIgnoringCase("utf-8"));
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        assertThat(export.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(export.body()).contains(person.fullName(), person.email());
    }

    @Test
    void refusesTheExportToSomeoneSignedOut() {
        var export = new HttpVisitor().get("/account/export");

        assertThat(export.isRedirect()).isTrue();
        assertThat(export.body()).doesNotContain("\"accounts\"");
    }

    @Test
    void asksForTheConfirmationBesideTheBox() {
        var person = Onboarding.verifiedJobSeeker("Hesitant Deleter");
        var visitor = Onboarding.signedIn(person);

        var answer =
                visitor.submit(
                        visitor.open("/account/delete"),
                        "delete",
                        "Delete my account for good",
                        Map.of("password", person.password()));

        assertThat(answer.messageFor("delete:confirmed"))
                .hasValueSatisfying(m -> assertThat(m).contains("Tick the box"));
        assertThat(visitor.open("/account/profile").text()).contains(person.fullName());
    }

    @Test
    void refusesAWrongPasswordBesideTheField() {
        var person = Onboarding.verifiedJobSeeker("Mistyped Deleter");
        var visitor = Onboarding.signedIn(person);

        var answer =
                visitor.submit(
                        visitor.open("/account/delete"),
                        "delete",
                        "Delete my account for good",
                        Map.of("password", "not the password", "confirmed", "on"));

        assertThat(answer.messageFor("delete:password"))
                .hasValueSatisfying(m -> assertThat(m).contains("Nothing was deleted"));
        assertThat(visitor.open("/account/profile").text()).contains(person.fullName());
    }

    @Test
    void deletesTheAccountShowsTheReceiptAndEndsEverySession() {
        var person = Onboarding.verifiedJobSeeker("Gráinne D'Souza");
        var visitor = Onboarding.signedIn(person);
        var elsewhere = Onboarding.signedIn(person);

        var answer =
                visitor.submit(
                        visitor.open("/account/delete"),
                        "delete",
                        "Delete my account for good",
                        Map.of("password", person.password(), "confirmed", "on"));
        var receipt = visitor.follow(answer);

        assertThat(answer.isRedirect()).isTrue();
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.text())
                .contains("Your account is deleted", "Deletion receipt", "1 account")
                .doesNotContain(person.fullName(), person.email());
        assertThat(visitor.cookieNames()).doesNotContain(SESSION_COOKIE);
        assertThat(receipt.body()).doesNotContain("signOutButton");
        assertThat(visitor.get("/account/profile").isRedirect()).isTrue();
        assertThat(elsewhere.get("/account/profile").isRedirect()).isTrue();
        assertThat(Onboarding.signIn(new HttpVisitor(), person).isRedirect()).isFalse();
    }

    @Test
    void showsNoReceiptOnTheFinalPageOpenedDirectly() {
        var page = new HttpVisitor().get("/account-deleted");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is no deletion receipt to show here");
        assertThat(page.setCookies()).isEmpty();
    }
}

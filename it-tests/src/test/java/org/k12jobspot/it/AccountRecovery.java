package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gets people back into their accounts through the site's own forgotten-password pages: asking for
 * a link, reading it in the staff outbox as the only way to see mail here, and choosing a new
 * password with it. Over HTTP for quick tests, in a real browser for browser tests.
 */
final class AccountRecovery {

    static final String LINK_SENT = "If an account uses that address, we have sent a link to it";
    static final String PASSWORD_RESET = "Your password is changed";

    private static final Pattern RESET_LINK =
            Pattern.compile("(http://\\S+/reset-password\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern MAIL =
            Pattern.compile("<article class=\"mail\">.*?</article>", Pattern.DOTALL);

    private AccountRecovery() {}

    /**
     * The whole way over HTTP: asks for a link, reads it in the outbox, sets the new password.
     * Returns the person with their new password.
     */
    static Person resetOverHttp(Person person, String newPassword) {
        ask(new HttpVisitor(), person.email());
        var answer = reset(new HttpVisitor(), resetLinkFor(person), newPassword);
        assertThat(answer.text()).as("the password is reset").contains(PASSWORD_RESET);
        return person.withPassword(newPassword);
    }

    /**
     * The whole way in a browser, as the person and a staff member reading the outbox would do it:
     * from the sign-in page to the new password. Call it with the browser signed out; it ends
     * signed out too. Returns the person with their new password.
     */
    static Person resetInBrowser(Browser browser, Person person, String newPassword) {
        browser.open("/login");
        browser.follow("Forgot your password?");
        browser.fillIn("Email address", person.email());
        browser.submit("Send reset link");
        assertThat(browser.text()).as("the link is sent").contains(LINK_SENT);

        var link = resetLinkReadByStaffIn(browser, person);

        browser.open(link);
        browser.fillIn("New password", newPassword);
        browser.fillIn("Repeat new password", newPassword);
        browser.submit("Set new password");
        assertThat(browser.text()).as("the password is reset").contains(PASSWORD_RESET);
        return person.withPassword(newPassword);
    }

    /** Sends the forgotten-password form for the address; the page the site answers with. */
    static Page ask(HttpVisitor visitor, String email) {
        return visitor.submit(
                visitor.get("/forgot-password"),
                "forgot",
                "Send reset link",
                Map.of("email", email));
    }

    /** Opens a reset link and sends the new password twice; the page that says how it went. */
    static Page reset(HttpVisitor visitor, String link, String newPassword) {
        return reset(visitor, link, newPassword, newPassword);
    }

    static Page reset(HttpVisitor visitor, String link, String newPassword, String repeated) {
        var page = visitor.open(link);
        return visitor.submit(
                page,
                "reset",
                "Set new password",
                Map.of("newPassword", newPassword, "repeatPassword", repeated));
    }

    /** The link in the newest reset mail to the person, as staff see it in the outbox. */
    static String resetLinkFor(Person person) {
        var outbox = Onboarding.signedIn(Person.administrator()).open("/staff/outbox").body();
        return Html.decode(newestResetLink(outbox, person));
    }

    /** A staff member signs in with the browser, reads the newest reset link, and signs out. */
    private static String resetLinkReadByStaffIn(Browser browser, Person person) {
        return BrowserSteps.linkInMail(browser, person, "", RESET_LINK);
    }

    private static String newestResetLink(String outbox, Person person) {
        var mails = MAIL.matcher(outbox);
        while (mails.find()) {
            var mail = mails.group();
            var link = RESET_LINK.matcher(mail);
            if (mail.contains("To " + person.email()) && link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no reset mail to " + person.email() + " in the outbox");
    }
}

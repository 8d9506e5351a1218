package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** What people do again and again at the browser: register, sign in, read mail as staff. */
final class BrowserSteps {

    private BrowserSteps() {}

    /** Registers from the form as someone in the US who accepts the policy shown. */
    static void register(Browser browser, Person person) {
        browser.open("/register");
        browser.fillIn("Full name", person.fullName());
        browser.fillIn("Email address", person.email());
        browser.fillIn("Password", person.password());
        browser.choose("Country of residence", "United States");
        browser.tick("I have read and accept the privacy policy");
        browser.submit("Create account");
        assertThat(browser.path()).as("registered").isEqualTo("/registered");
    }

    static void signIn(Browser browser, Person person) {
        browser.open("/login");
        browser.fillIn("Email address", person.email());
        browser.fillIn("Password", person.password());
        browser.submit("Sign in");
        assertThat(browser.path()).as("signed in").isNotEqualTo("/login");
    }

    /**
     * Staff sign in, find the newest mail to the person that holds {@code text} and a link matching
     * {@code link} (its first group), and sign out; the link.
     */
    static String linkInMail(Browser browser, Person person, String text, Pattern link) {
        signIn(browser, Person.administrator());
        browser.open("/staff/outbox");
        var found =
                browser.all("article.mail").stream()
                        .map(mail -> mail.getText())
                        .filter(mail -> mail.contains("To " + person.email()))
                        .filter(mail -> mail.contains(text))
                        .map(link::matcher)
                        .filter(matcher -> matcher.find())
                        .map(matcher -> matcher.group(1))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no such mail to " + person.email()));
        browser.submit("Sign out");
        return found;
    }
}

package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Gets people onto the site through its own pages over HTTP: registration, the verification link
 * that staff can read in the outbox, and sign-in.
 */
final class Onboarding {

    private static final Pattern VERIFY_LINK =
            Pattern.compile("(http://\\S+/verify\\?token=[A-Za-z0-9_-]+)");

    private Onboarding() {}

    /** Registers, confirms the address through the mailed link, and returns who registered. */
    static Person verifiedJobSeeker(String fullName) {
        var person = Person.newJobSeeker(fullName);
        register(new HttpVisitor(), person);
        confirm(new HttpVisitor(), verificationLinkFor(person));
        return person;
    }

    /**
     * Fills in and sends the registration form as someone living in the US who accepts the policy
     * shown and leaves marketing unticked; the page the site answers with.
     */
    static Page register(HttpVisitor visitor, Person person) {
        return register(visitor, person, Map.of());
    }

    /** The same, with some answers of the form changed or added (by input id). */
    static Page register(HttpVisitor visitor, Person person, Map<String, String> changes) {
        var inputs = new HashMap<String, String>();
        inputs.put("fullName", person.fullName());
        inputs.put("email", person.email());
        inputs.put("password", person.password());
        inputs.put("countryOfResidence", "US");
        inputs.put("policyAccepted", "on");
        inputs.putAll(changes);
        inputs.values().removeIf(Objects::isNull);
        return visitor.submit(visitor.get("/register"), "register", "Create account", inputs);
    }

    /** The link in the newest verification mail to the person, as staff see it in the outbox. */
    static String verificationLinkFor(Person person) {
        return verificationLinkFor(signedIn(Person.administrator()), person);
    }

    /** The link in the newest verification mail to the person, read by a signed-in staff member. */
    static String verificationLinkFor(HttpVisitor staff, Person person) {
        var outbox = staff.open("/staff/outbox").body();
        var mail =
                Pattern.compile(
                                "<article class=\"mail\">(?:(?!</article>).)*To "
                                        + Pattern.quote(person.email())
                                        + "(?:(?!</article>).)*</article>",
                                Pattern.DOTALL)
                        .matcher(outbox);
        assertThat(mail.find()).as("a mail to %s in the outbox", person.email()).isTrue();
        var link = VERIFY_LINK.matcher(mail.group());
        assertThat(link.find()).as("a verification link in the mail").isTrue();
        return Html.decode(link.group(1));
    }

    /** Opens a verification link and presses its button; the page that says how it went. */
    static Page confirm(HttpVisitor visitor, String link) {
        var page = visitor.open(link);
        return visitor.follow(visitor.submit(page, "verify", "Confirm my email address", Map.of()));
    }

    /** A new visitor who has signed in as the person. */
    static HttpVisitor signedIn(Person person) {
        return signedIn(new HttpVisitor(), person);
    }

    /** The visitor, after signing in as the person. */
    static HttpVisitor signedIn(HttpVisitor visitor, Person person) {
        var answer = signIn(visitor, person);
        assertThat(answer.isRedirect())
                .as(
                        "%s can sign in (answer %d, messages %s)",
                        person.fullName(), answer.status(), answer.pageMessages())
                .isTrue();
        return visitor;
    }

    /** Sends the sign-in form; the site's answer, redirects not followed. */
    static Page signIn(HttpVisitor visitor, Person person) {
        return visitor.submit(
                visitor.get("/login"),
                "login",
                "Sign in",
                Map.of("email", person.email(), "password", person.password()));
    }
}

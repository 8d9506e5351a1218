package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A job seeker with a unique name, email address and phone number who uses every part of the
 * product that can hold something about them, in a {@link MailedProduct}: registration with the
 * mailed confirmation, profile, consents, privacy centre and receipts, a question through the
 * contact form, the export, and the staff views of the account. The canary tests erase such a
 * person and then search for the three strings.
 */
record CanaryWalk(MailedProduct product, Person person, String phone) {

    private static final Pattern VERIFY_LINK =
            Pattern.compile("(http://\\S+/verify\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern ACCOUNT_LINK =
            Pattern.compile("/staff/account\\?id=([0-9a-f-]{36})");
    private static final Pattern RECEIPT_LINK =
            Pattern.compile("/account/receipt\\?entry=([0-9a-f-]{36})");

    /** A person whose name, address and phone occur nowhere else. */
    static CanaryWalk of(MailedProduct product) {
        var random = new SecureRandom();
        var letters = new StringBuilder();
        for (var i = 0; i < 10; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        var name =
                "Þórdís Canary-" + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
        var email = "canary-" + letters + "@it.k12jobspot.example";
        var phone = "+1 555 " + (1_000_000 + random.nextInt(9_000_000));
        return new CanaryWalk(
                product, new Person(name, email, "canary chalkboard " + letters), phone);
    }

    Canary canary() {
        return Canary.of(person.fullName(), person.email(), phone);
    }

    /** Registers through the page and confirms the address with the link that was mailed. */
    HttpVisitor registerAndConfirm() throws InterruptedException {
        var visitor = product.visitor();
        assertThat(Onboarding.register(visitor, person).isRedirect()).isTrue();
        var mail = MailedProduct.body(product.awaitMail(person.email(), ""));
        var link = VERIFY_LINK.matcher(mail);
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        Onboarding.confirm(visitor, link.group(1));
        return Onboarding.signedIn(visitor, person);
    }

    /** Contact details with the phone number, a certification and a degree. */
    void fillProfile(HttpVisitor visitor) {
        var saved =
                visitor.ajax(
                        visitor.open("/account/profile"),
                        "contact",
                        "saveContact",
                        Map.of(
                                "streetAddress", "12 Canary Row",
                                "city", "Springfield",
                                "region", "IL",
                                "postalCode", "62701",
                                "phone", phone,
                                "summary", "Reading specialist, " + person.fullName()));
        assertThat(saved.body()).doesNotContain("ui-message-error-detail");
        var certified =
                visitor.ajax(
                        visitor.open("/account/profile"),
                        "certification",
                        "saveCertification",
                        Map.of("title", "Reading Specialist", "issuer", "ISBE", "number", "RS-9"));
        assertThat(certified.body()).contains("Reading Specialist");
        var graduated =
                visitor.ajax(
                        visitor.open("/account/profile"),
                        "degree",
                        "saveDegree",
                        Map.of(
                                "level", "MASTER",
                                "field", "Literacy",
                                "institution", "Université Laval",
                                "year", "2016"));
        assertThat(graduated.body()).contains("Literacy");
    }

    /** Marketing email turned on, the profile released, a receipt read as a page and as JSON. */
    void useThePrivacyCentre(HttpVisitor visitor) {
        var centre = visitor.open("/account/privacy");
        visitor.follow(visitor.submit(centre, "choices", "Send me marketing email", Map.of()));
        centre = visitor.open("/account/privacy");
        visitor.follow(
                visitor.submit(
                        centre,
                        "release",
                        "Save who may see my profile",
                        Map.of("reach", "ALL_WITH_AGREEMENT")));
        var receipt = RECEIPT_LINK.matcher(visitor.open("/account/privacy").body());
        assertThat(receipt.find()).as("a receipt link in the privacy centre").isTrue();
        assertThat(visitor.open("/account/receipt?entry=" + receipt.group(1)).status())
                .isEqualTo(200);
        assertThat(visitor.get("/account/receipt.json?entry=" + receipt.group(1)).status())
                .isEqualTo(200);
    }

    /** A question through the contact form, signed in, with the phone number in it. */
    void askAQuestion(HttpVisitor visitor) {
        var sent =
                visitor.submit(
                        visitor.open("/contact"),
                        "contact",
                        "Send",
                        Map.of(
                                "kind",
                                "QUESTION",
                                "fullName",
                                person.fullName(),
                                "email",
                                person.email(),
                                "message",
                                "Which districts hire aides? Call me on " + phone));

        assertThat(visitor.follow(sent).text()).contains("Thank you, we have your message");
    }

    /** The export holds all three strings: they really were stored. */
    void exportHoldsTheCanaries(HttpVisitor visitor) {
        var export = visitor.get("/account/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(canary().foundIn(export.body())).containsExactlyElementsOf(canary().strings());
    }

    /**
     * Staff find the account by name, open it and its consents (each with a reason, so the walk
     * leaves access-log entries too), and read the outbox.
     */
    void staffViewTheAccount() {
        var staff = Onboarding.signedIn(product.visitor(), MailedProduct.ADMIN);
        var found =
                staff.ajax(
                        staff.open("/staff/accounts"),
                        "accounts",
                        "search",
                        Map.of("prefix", person.fullName()));
        var account = ACCOUNT_LINK.matcher(found.body());
        assertThat(account.find()).as("the account in the staff search").isTrue();
        var id = account.group(1);
        // Staff give a reason before any of the person's data is shown; it goes to the access log.
        var opened =
                staff.submit(
                        staff.open("/staff/account?id=" + id),
                        "open",
                        "Open account data",
                        Map.of("reason", "Checking the profile before the person's request"));
        assertThat(opened.text()).contains(person.fullName(), "Contact details");
        var consents =
                staff.submit(
                        staff.open("/staff/consents?id=" + id),
                        "open",
                        "Open consents",
                        Map.of("reason", "Checking consents before the person's request"));
        assertThat(consents.status()).isEqualTo(200);
        assertThat(consents.text()).contains("History");
        assertThat(staff.open("/staff/outbox").status()).isEqualTo(200);
    }

    /** After the erasure, staff search by each canary string finds nothing. */
    void staffFindNothing() {
        var staff = Onboarding.signedIn(product.visitor(), MailedProduct.ADMIN);
        for (var text : canary().strings()) {
            var found =
                    staff.ajax(
                            staff.open("/staff/accounts"),
                            "accounts",
                            "search",
                            Map.of("prefix", text));
            assertThat(ACCOUNT_LINK.matcher(found.body()).find())
                    .as("search for a canary")
                    .isFalse();
        }
    }
}

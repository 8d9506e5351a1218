package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The canary for an erasure done by staff on request: a person who used every part of the product
 * (the contact form included) asks for deletion through the contact page, confirms it by the link
 * mailed to the account's address, and staff erase the account with a reason. Then none of their
 * name, email address or phone number is left in any table of the database or in the server log.
 * The product runs in its own process at it.http.port + 13, SMTP at + 14.
 */
class StaffErasureCanaryIT {

    private static final int PORT_OFFSET = 13;
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("(http://\\S+/confirm-deletion\\?token=[A-Za-z0-9_-]+)");

    @Test
    void leavesNoTraceOfTheNameEmailOrPhoneAfterStaffEraseOnRequest() throws Exception {
        try (var product = new MailedProduct("staff-erasure-canary", PORT_OFFSET)) {
            product.start();
            var walk = CanaryWalk.of(product);
            var person = walk.person();
            var visitor = walk.registerAndConfirm();
            walk.fillProfile(visitor);
            walk.useThePrivacyCentre(visitor);
            walk.askAQuestion(visitor);
            walk.staffViewTheAccount();
            walk.exportHoldsTheCanaries(visitor);

            var asked = ContactIT.sendDeletionRequest(product.visitor(), person);
            var staff = Onboarding.signedIn(product.visitor(), MailedProduct.ADMIN);
            var queue = staff.open("/staff/requests");
            var mail = product.awaitMail(person.email(), "Confirm the deletion");
            var link = CONFIRM_LINK.matcher(MailedProduct.body(mail));
            assertThat(link.find()).as("a confirmation link in the mail").isTrue();
            var confirmed =
                    product.visitor()
                            .submit(
                                    product.visitor().open(link.group(1)),
                                    "confirm",
                                    "Confirm my deletion request",
                                    Map.of());
            var request =
                    ContactIT.openRequest(
                            staff,
                            ContactIT.requestIdOf(
                                    staff.open("/staff/requests"),
                                    person.fullName(),
                                    "Delete my account"));
            var erased =
                    staff.submit(
                            request,
                            "erase",
                            "Erase the account",
                            Map.of("reason", "Deletion request confirmed through the link."));

            assertThat(asked.text()).contains(ContactIT.DELETION_ANSWER);
            assertThat(ContactIT.rowsOf(queue, person.fullName()))
                    .anySatisfy(r -> assertThat(r).contains("Question", "Received"))
                    .anySatisfy(r -> assertThat(r).contains("Delete my account", "Not confirmed"));
            assertThat(confirmed.text()).contains("Your deletion request is confirmed.");
            assertThat(erased.text()).contains("The account is erased", "2 contact requests");
            assertThat(visitor.get("/account/profile").location())
                    .as("the person's session ended at once")
                    .contains(product.base().resolve("/login"));
            var receipt = product.awaitMail(person.email(), "Your K12JobSpot account is deleted");
            assertThat(MailedProduct.body(receipt))
                    .contains("by our staff", "2 contact requests", "1 certification");
            assertThat(staff.open("/staff/requests").body()).doesNotContain(person.fullName());
            walk.staffFindNothing();
            awaitOutboxWithout(staff, person.email());
            var findings = product.findAfterStop(walk.canary());
            assertThat(findings.inTables()).as("canaries in the database").isEmpty();
            assertThat(findings.inLog()).as("canaries in the server log").isEmpty();
        }
    }

    /** The receipt, a mail forgotten once delivered, leaves the outbox right after delivery. */
    private static void awaitOutboxWithout(HttpVisitor staff, String email)
            throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (staff.open("/staff/outbox").body().contains(email)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox still holds mail to the canary");
            }
            Thread.sleep(500);
        }
    }
}

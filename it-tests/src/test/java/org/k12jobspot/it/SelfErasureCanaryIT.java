package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person who used every part of the product deletes their own account, and then none of their
 * name, email address or phone number is left in any table of the database or in the server log.
 * The receipt mail is delivered first (to a test SMTP server), after which the outbox forgets it.
 * The product runs in its own process at it.http.port + 11, SMTP at + 12.
 */
class SelfErasureCanaryIT {

    private static final int PORT_OFFSET = 11;

    @Test
    void leavesNoTraceOfTheNameEmailOrPhoneAfterTheAccountIsDeleted() throws Exception {
        try (var product = new MailedProduct("self-erasure-canary", PORT_OFFSET)) {
            product.start();
            var walk = CanaryWalk.of(product);
            var person = walk.person();
            var visitor = walk.registerAndConfirm();
            walk.fillProfile(visitor);
            walk.useThePrivacyCentre(visitor);
            walk.askAQuestion(visitor);
            walk.staffViewTheAccount();
            walk.exportHoldsTheCanaries(visitor);

            var deleted =
                    visitor.follow(
                            visitor.submit(
                                    visitor.open("/account/delete"),
                                    "delete",
                                    "Delete my account for good",
                                    Map.of("password", person.password(), "confirmed", "on")));

            assertThat(deleted.text()).contains("Deletion receipt", "1 account");
            var receipt = product.awaitMail(person.email(), "Your K12JobSpot account is deleted");
            assertThat(MailedProduct.body(receipt)).contains("1 certification", "1 degree");
            walk.staffFindNothing();
            var findings = product.findAfterStop(walk.canary());
            assertThat(findings.inTables()).as("canaries in the database").isEmpty();
            assertThat(findings.inLog()).as("canaries in the server log").isEmpty();
        }
    }
}

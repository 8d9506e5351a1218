package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.k12jobspot.accounts.api.ContactRequest;
import org.k12jobspot.accounts.api.OutgoingMail;

/**
 * The mail of the contact desk: the confirmation link of a deletion request, and outcomes. An
 * outcome is forgotten once delivered, so the requester's address does not stay in the outbox.
 */
@ApplicationScoped
public class ContactMail {

    @Inject MailOutbox outbox;

    /** To the account's own address, whatever address the request gave. */
    void confirmationLink(Account account, String link, Duration lifetime) {
        var body =
                """
                Hello %s,

                We received a request to delete your K12JobSpot account and everything it holds. \
                If you sent it, open the link below and press "Confirm my deletion request". \
                Staff erase the account once it is confirmed, and we mail you a receipt. The link \
                works once and expires in %d hours.

                %s

                If you did not ask for this, ignore this message: nothing is deleted without \
                your confirmation.

                K12JobSpot
                """
                        .formatted(account.fullName(), lifetime.toHours(), link);
        outbox.queue(
                new OutgoingMail(
                        account.accountId(),
                        account.email(),
                        "Confirm the deletion of your K12JobSpot account",
                        body));
    }

    void declined(ContactRequest request, String reason) {
        var what =
                switch (request.kind()) {
                    case QUESTION -> "your message";
                    case DELETION -> "your request to delete an account";
                };
        var body =
                """
                Hello %s,

                Our staff have looked at %s sent on %s and cannot act on it, for this reason:

                %s

                You can write to us again through the contact page.

                K12JobSpot
                """
                        .formatted(request.fullName(), what, day(request), reason);
        outbox.queueForgottenOnDelivery(
                new OutgoingMail(
                        request.account().orElse(null),
                        request.email(),
                        "Your request to K12JobSpot",
                        body));
    }

    void answered(ContactRequest request, String reply) {
        var body =
                """
                Hello %s,

                Thank you for your question sent on %s. Our answer:

                %s

                K12JobSpot
                """
                        .formatted(request.fullName(), day(request), reply);
        outbox.queueForgottenOnDelivery(
                new OutgoingMail(
                        request.account().orElse(null),
                        request.email(),
                        "Answer to your question to K12JobSpot",
                        body));
    }

    private static String day(ContactRequest request) {
        return request.receivedAt().toString().substring(0, 10);
    }
}

package org.k12jobspot.accounts.api;

/**
 * A transactional message to queue: to one address, plain text. {@code recipient} ties it to an
 * account so it can be erased with it.
 */
public record OutgoingMail(AccountId recipient, String to, String subject, String body) {

    @Override
    public String toString() {
        return "OutgoingMail[recipient=" + recipient + "]";
    }
}

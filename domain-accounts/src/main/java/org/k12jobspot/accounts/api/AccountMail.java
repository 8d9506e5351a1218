package org.k12jobspot.accounts.api;

/**
 * A message for an account's own address, which the sender never sees. A message about the site's
 * own products carries {@code listUnsubscribe}, the one-click address that mail programs offer as
 * "unsubscribe" (RFC 8058); transactional messages leave it null.
 */
public record AccountMail(
        AccountId recipient, String subject, String body, String listUnsubscribe) {

    public static AccountMail transactional(AccountId recipient, String subject, String body) {
        return new AccountMail(recipient, subject, body, null);
    }

    @Override
    public String toString() {
        return "AccountMail[recipient=" + recipient + "]";
    }
}

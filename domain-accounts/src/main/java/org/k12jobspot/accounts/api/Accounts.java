package org.k12jobspot.accounts.api;

import java.util.Optional;

/**
 * Opening accounts, confirming their email addresses and keeping their passwords. Sign-in itself
 * goes through Jakarta Security, backed by this module's identity store.
 */
public interface Accounts {

    /**
     * Opens an unverified account and mails a single-use verification link.
     *
     * @throws InputRejected naming each field that is missing or not acceptable, including an email
     *     address that already has an account in any letter case
     */
    AccountId register(Registration registration);

    VerificationOutcome verify(String token);

    /** Mails a fresh link if the address has an unverified account; says nothing either way. */
    void resendVerification(String email);

    Optional<AccountSummary> find(AccountId id);

    boolean mustChangePassword(AccountId id);

    /**
     * @throws InputRejected on field {@code currentPassword} or {@code newPassword}
     */
    void changePassword(AccountId id, String currentPassword, String newPassword);
}

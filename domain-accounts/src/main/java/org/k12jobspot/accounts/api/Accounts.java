package org.k12jobspot.accounts.api;

import java.util.Optional;

/**
 * Opening accounts, confirming their email addresses and keeping their passwords, forgotten ones
 * included. Sign-in itself goes through Jakarta Security, backed by this module's identity store.
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

    /**
     * Mails a fresh link if the address has an unverified account, at most as many an hour as
     * password-reset links (the registration's own link counts); says nothing either way.
     */
    void resendVerification(String email);

    Optional<AccountSummary> find(AccountId id);

    boolean mustChangePassword(AccountId id);

    /**
     * @throws InputRejected on field {@code currentPassword} or {@code newPassword}
     */
    void changePassword(AccountId id, String currentPassword, String newPassword);

    /**
     * Mails a single-use password-reset link if the address has an account, unless that account was
     * sent too many such links lately. Says nothing either way, so nobody learns from it whether an
     * address is registered. A new link replaces every earlier one.
     */
    void requestPasswordReset(String email);

    /** Looks at a reset link without using it up (mail scanners open links too). */
    ResetLinkState checkResetLink(String token);

    /**
     * Replaces the password of the link's account. Since the person proved they read its mail, this
     * also confirms the email address and lifts a sign-in lock.
     *
     * @throws InputRejected on field {@code newPassword}; the link stays usable
     */
    PasswordResetOutcome resetPassword(String token, String newPassword);
}

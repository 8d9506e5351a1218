package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * Erasing an account completely: its profile, credentials, links, mail and every other module's
 * rows about it go in one transaction, driven by the modules' {@link PersonalData} registries. Only
 * aggregate counters, which never held the person, remain. The receipt is mailed to the account's
 * address by a mail the outbox forgets once it is delivered, queued in the same transaction; the
 * caller ends the person's sessions after this returns.
 */
public interface Erasures {

    /**
     * Erases the caller's own account.
     *
     * @throws InputRejected on field {@code password} when the password is wrong (nothing is
     *     erased), or on field {@code account} for a staff account, which an administrator closes
     */
    ErasureReceipt eraseOwnAccount(AccountId account, String password);

    /**
     * Erases an account at the person's request, by a staff member who states why.
     *
     * @throws InputRejected on field {@code reason} when no reason is given, or on field {@code
     *     account} when the account does not exist or is itself a staff account
     */
    ErasureReceipt eraseOnRequest(AccountId account, AccountId staff, String reason);

    /**
     * The newest erasures first, at most {@code limit}: when, the cause, and for erasures on
     * request who erased and the reason given. Kept when the account is gone; names no person.
     */
    List<PastErasure> recent(int limit);
}

package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * The append-only log of staff accesses to accounts' data. Entries are only ever added: opening an
 * account's data, correcting it and deleting parts of it each write one, with the reason the staff
 * member gave. A person reads the entries about their own account.
 */
public interface AccessLog {

    /**
     * Notes that a staff member opened a part of an account's data held by another module (its
     * consents, say) before it is shown.
     *
     * @throws InputRejected on field {@code reason} when no reason is given, or on field {@code
     *     account} when the account does not exist or the caller is not active staff
     */
    void opened(AccountId account, AccountId staff, String what, String reason);

    /**
     * Notes that a staff member changed a part of an account's data held by another module. Call it
     * in the change's own transaction, so the change and its entry are stored together.
     *
     * @throws InputRejected as {@link #opened}
     */
    void changed(AccountId account, AccountId staff, String what, String reason);

    /** The entries about one account, newest first. */
    List<AccessEntry> entriesAbout(AccountId account);
}

package org.k12jobspot.accounts.api;

/** Who asked for an account to be erased. */
public enum ErasureCause {
    /** The person deleted their own account, after giving their password again. */
    OWN_REQUEST,
    /** A staff member erased the account because the person asked them to, with a reason. */
    STAFF_ON_REQUEST,
    /**
     * The account came back with a restored database although it had been erased after the backup
     * was taken; the erasure journal named it, and it was erased again at start-up.
     */
    REPLAYED_AFTER_RESTORE
}

package org.k12jobspot.accounts.api;

/** Who asked for an account to be erased. */
public enum ErasureCause {
    /** The person deleted their own account, after giving their password again. */
    OWN_REQUEST,
    /** A staff member erased the account because the person asked them to, with a reason. */
    STAFF_ON_REQUEST
}

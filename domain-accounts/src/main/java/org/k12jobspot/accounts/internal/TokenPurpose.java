package org.k12jobspot.accounts.internal;

/** What a mailed link token is for; a token works only for its own purpose. */
enum TokenPurpose {
    /** Confirms the email address of a new account. */
    VERIFY,
    /** Lets the owner of a forgotten password choose a new one. */
    RESET,
    /** Proves that a request to delete the account comes from the owner of its address. */
    DELETION
}

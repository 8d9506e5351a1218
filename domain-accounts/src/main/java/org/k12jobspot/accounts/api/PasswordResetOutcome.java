package org.k12jobspot.accounts.api;

/** What happened when someone chose a new password through a reset link. */
public enum PasswordResetOutcome {
    /** The password is replaced; the link is used up. */
    RESET,
    /** The link is genuine but too old; a new one can be asked for. */
    EXPIRED,
    /** No such link: never issued, already used, replaced by a newer one, or its account gone. */
    UNKNOWN
}

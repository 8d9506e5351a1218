package org.k12jobspot.accounts.api;

/** What happened when someone confirmed an email-verification link. */
public enum VerificationOutcome {
    /** The account is now verified; the link is used up. */
    VERIFIED,
    /** The link is genuine but too old; a new one can be asked for. */
    EXPIRED,
    /** No such link: never issued, already used, or its account is gone. */
    UNKNOWN
}
